package vn.govca.db.testkit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.govca.db.infrastructure.DatabaseMigrator;

/**
 * Everything a database test needs: a fresh database of the given kind, migrated to the
 * current schema, and the {@code govca} unit opened on it. Close it to drop the database.
 *
 * <pre>{@code
 * try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
 *     db.inTransaction(em -> new CertificateRepository(em).reserve(...));
 * }
 * }</pre>
 */
public final class DatabaseFixture implements AutoCloseable {

    private final TestDatabase database;
    private final EntityManagerFactory emf;

    private DatabaseFixture(TestDatabase database, EntityManagerFactory emf) {
        this.database = database;
        this.emf = emf;
    }

    public static DatabaseFixture migrated(DatabaseKind kind) {
        TestDatabase database = kind.create();
        try {
            DatabaseMigrator.migrate(database.dataSource());
            return new DatabaseFixture(database, TestPersistence.createEntityManagerFactory(database));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public TestDatabase database() {
        return database;
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    public <T> T inTransaction(Function<EntityManager, T> work) {
        return TestPersistence.inTransaction(emf, work);
    }

    public void runInTransaction(Consumer<EntityManager> work) {
        TestPersistence.runInTransaction(emf, work);
    }

    @Override
    public void close() {
        try {
            emf.close();
        } finally {
            database.close();
        }
    }
}
