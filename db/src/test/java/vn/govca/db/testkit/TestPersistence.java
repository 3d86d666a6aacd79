package vn.govca.db.testkit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Opens GovCA's persistence unit {@code govca} in Java SE on a test database: the same
 * persistence.xml as in WildFly, with the JTA data source replaced by a RESOURCE_LOCAL
 * connection. Needs EclipseLink ({@code org.eclipse.persistence.jpa}) and the JDBC driver on
 * the test class path.
 */
public final class TestPersistence {

    /** The unit name in META-INF/persistence.xml. */
    public static final String UNIT = "govca";

    private TestPersistence() {
    }

    /** The overrides that turn the JTA unit into a RESOURCE_LOCAL one on {@code db}. */
    public static Map<String, Object> resourceLocalProperties(TestDatabase db) {
        Map<String, Object> p = new HashMap<>();
        p.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        // An empty string cancels the jta-data-source of persistence.xml (EclipseLink).
        p.put("jakarta.persistence.jtaDataSource", "");
        p.put("jakarta.persistence.jdbc.driver", db.driverClassName());
        p.put("jakarta.persistence.jdbc.url", db.jdbcUrl());
        p.put("jakarta.persistence.jdbc.user", db.user());
        p.put("jakarta.persistence.jdbc.password", db.password());
        p.put("eclipselink.logging.level", "WARNING");
        return p;
    }

    public static EntityManagerFactory createEntityManagerFactory(TestDatabase db) {
        return Persistence.createEntityManagerFactory(UNIT, resourceLocalProperties(db));
    }

    /** Runs {@code work} in a new entity manager and transaction; commits, or rolls back on failure. */
    public static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    public static void runInTransaction(EntityManagerFactory emf, Consumer<EntityManager> work) {
        inTransaction(emf, em -> {
            work.accept(em);
            return null;
        });
    }
}
