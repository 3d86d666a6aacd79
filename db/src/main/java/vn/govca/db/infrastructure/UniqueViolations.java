package vn.govca.db.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * Recognises "unique key violated" among the exceptions a flush can raise, on both engines:
 * SQLSTATE 23505 (H2, standard) or MariaDB/MySQL error 1062 (ER_DUP_ENTRY, SQLSTATE 23000,
 * which MariaDB shares with foreign-key errors, hence the vendor code).
 */
final class UniqueViolations {

    private static final String UNIQUE_VIOLATION_STATE = "23505";
    private static final int MARIADB_DUPLICATE_ENTRY = 1062;
    /** Cause chains are short; the bound only guards against a cycle. */
    private static final int MAX_CAUSE_DEPTH = 32;

    private UniqueViolations() {
    }

    /**
     * Persists and flushes {@code entity}; a unique-key violation becomes the exception
     * {@code onDuplicate} makes of it, anything else propagates unchanged.
     */
    static void persistAndFlush(EntityManager em, Object entity,
                                Function<PersistenceException, ? extends DuplicateKeyException> onDuplicate) {
        try {
            em.persist(entity);
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw onDuplicate.apply(e);
            }
            throw e;
        }
    }

    /**
     * Flushes pending changes of managed entities; a unique-key violation becomes the exception
     * {@code onDuplicate} makes of it, anything else propagates unchanged.
     */
    static void flush(EntityManager em, Function<PersistenceException, ? extends DuplicateKeyException> onDuplicate) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw onDuplicate.apply(e);
            }
            throw e;
        }
    }

    static boolean isUniqueViolation(Throwable thrown) {
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < MAX_CAUSE_DEPTH; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (UNIQUE_VIOLATION_STATE.equals(s.getSQLState())
                            || s.getErrorCode() == MARIADB_DUPLICATE_ENTRY) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
