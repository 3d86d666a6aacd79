package vn.govca.ca.application;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.ca.infrastructure.auth.SessionTokens;
import vn.govca.ca.infrastructure.config.GovCaConfig;
import vn.govca.ca.infrastructure.config.RaSettings;
import vn.govca.db.audit.AuditLog;
import vn.govca.db.testkit.DatabaseFixture;
import vn.govca.db.testkit.DatabaseKind;
import vn.govca.pki.domain.profile.ProfileLoader;
import vn.govca.pki.domain.profile.ProfileSet;

/**
 * Application services on a real database, without a container, for service-level tests: a fresh
 * H2 or MariaDB database migrated by db's test kit, a {@link ServerContext} with the default
 * configuration (bundled profiles, a test audit MAC key), and services whose fields are filled
 * by type as CDI would — the {@link EntityManager} of the test's transaction, this context, and for
 * every {@code @Inject} field one instance of its class per transaction ({@link SessionTokens}, which
 * outlives requests in the server, is one for the whole fixture). Each {@link #inTransaction} is one
 * transaction, committed when the work returns and rolled back when it throws; the services'
 * {@code @Transactional} boundaries do not apply.
 */
public final class ServiceFixture implements AutoCloseable {

    /** Application-scoped state the server keeps across requests. */
    private static final Set<Class<?>> SHARED = Set.of(SessionTokens.class);

    private final DatabaseFixture db;
    private final ServerContext context;
    private final Map<Class<?>, Object> shared = new HashMap<>();

    private ServiceFixture(DatabaseFixture db, ServerContext context) {
        this.db = db;
        this.context = context;
    }

    /** A fixture on a new database of {@code kind}; {@code home} is an empty directory for the configuration. */
    public static ServiceFixture start(DatabaseKind kind, Path home) {
        try {
            Files.write(home.resolve("audit.key"), new byte[32]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatabaseFixture db = DatabaseFixture.migrated(kind);
        return new ServiceFixture(db, new TestContext(GovCaConfig.from(home, new Properties())));
    }

    /** Runs {@code work} with freshly wired services in one transaction. */
    public <T> T inTransaction(Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(new Services(em)));
    }

    public ServerContext context() {
        return context;
    }

    @Override
    public void close() {
        db.close();
    }

    /** The services of one transaction. */
    public final class Services {

        private final EntityManager em;
        private final Map<Class<?>, Object> instances = new HashMap<>();

        private Services(EntityManager em) {
            this.em = em;
        }

        public EntityManager em() {
            return em;
        }

        /** The one instance of {@code type} in this transaction, its injected fields filled. */
        public <S> S get(Class<S> type) {
            Map<Class<?>, Object> scope = SHARED.contains(type) ? shared : instances;
            Object existing = scope.get(type);
            if (existing != null) {
                return type.cast(existing);
            }
            S service;
            try {
                var constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                service = constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot create " + type.getName(), e);
            }
            scope.put(type, service);
            for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    fill(service, f);
                }
            }
            return service;
        }

        private void fill(Object service, Field f) {
            if (Modifier.isStatic(f.getModifiers()) || Modifier.isFinal(f.getModifiers())) {
                return;
            }
            Object value = null;
            if (f.getType() == EntityManager.class) {
                value = em;
            } else if (f.getType() == ServerContext.class) {
                value = context;
            } else if (f.isAnnotationPresent(Inject.class) && !f.getType().isInterface()
                    && !Modifier.isAbstract(f.getType().getModifiers())) {
                value = get(f.getType());
            }
            if (value != null) {
                try {
                    f.setAccessible(true);
                    f.set(service, value);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot set " + f, e);
                }
            }
        }
    }

    /** The server's context with what a test needs and nothing opened: no tokens, no files but the audit key. */
    private static final class TestContext extends ServerContext {

        private final GovCaConfig config;
        private final RaSettings ra;
        private final ProfileSet profiles = ProfileLoader.bundled();
        private final AuditLog auditLog = new AuditLog(new byte[32]);

        TestContext(GovCaConfig config) {
            this.config = config;
            this.ra = RaSettings.from(config.raw());
        }

        @Override
        public GovCaConfig config() {
            return config;
        }

        @Override
        public RaSettings ra() {
            return ra;
        }

        @Override
        public ProfileSet profiles() {
            return profiles;
        }

        @Override
        public AuditLog auditLog() {
            return auditLog;
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }
    }
}
