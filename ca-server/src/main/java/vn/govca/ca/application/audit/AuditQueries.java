package vn.govca.ca.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.auth.Role;
import vn.govca.db.audit.AuditEventRecord;
import vn.govca.pki.domain.GovCaException;

/**
 * Reads the audit log for people (DESIGN invariant 6: the log is append-only; this class only
 * reads it): newest first, keyset-paged on {@code seq} so page 1 and page 10,000 cost the same,
 * filtered by time (indexed), action (indexed), and actor prefix. Only the CA administrator and
 * the auditor read it (issue 4: the auditor is read-only, including the audit log).
 */
@ApplicationScoped
@Transactional
public class AuditQueries {

    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext(unitName = "govca")
    EntityManager em;

    /**
     * What to show; every part optional.
     *
     * @param from        events at or after this instant
     * @param to          events before this instant
     * @param actorPrefix the actor column starts with this text (e.g. {@code admin})
     * @param action      exactly this action (e.g. {@code CERTIFICATE_REVOKED})
     */
    public record Filter(Instant from, Instant to, String actorPrefix, String action) {

        public Filter {
            if (from != null && to != null && !from.isBefore(to)) {
                throw GovCaException.malformed("time range " + from + " .. " + to + " is empty: 'from' must be "
                        + "before 'to'");
            }
            actorPrefix = blankToNull(actorPrefix, 128, "actor");
            action = blankToNull(action, 64, "action");
        }

        private static String blankToNull(String s, int max, String field) {
            if (s == null || s.isBlank()) {
                return null;
            }
            if (s.length() > max) {
                throw GovCaException.malformed(field + " filter has " + s.length() + " characters, exceeds maximum "
                        + max);
            }
            return s.trim();
        }
    }

    /** One page, newest first, and the cursor of the next (older) page if there is one. */
    public record Page(List<AuditEventRecord> rows, OptionalLong nextCursor) {

        public Page {
            rows = List.copyOf(rows);
        }
    }

    /**
     * A page of events with {@code seq < before} (all when {@code before} is null).
     *
     * @throws GovCaException FORBIDDEN for roles that may not read the log, MALFORMED for a bad limit
     */
    public Page page(Principal who, Filter filter, Long before, int limit) {
        who.requireAnyOf("read the audit log", Role.CA_ADMIN, Role.AUDITOR);
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw GovCaException.malformed("page size " + limit + " is outside 1.." + MAX_PAGE_SIZE);
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (before != null) {
            where.add("e.seq < :before");
            params.put("before", before);
        }
        if (filter.from() != null) {
            where.add("e.eventTime >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("e.eventTime < :to");
            params.put("to", filter.to());
        }
        if (filter.actorPrefix() != null) {
            where.add("e.actor LIKE :actor ESCAPE '\\'");
            params.put("actor", escapeLike(filter.actorPrefix()) + "%");
        }
        if (filter.action() != null) {
            where.add("e.action = :action");
            params.put("action", filter.action());
        }
        String jpql = "SELECT e FROM AuditEventRecord e" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY e.seq DESC";
        TypedQuery<AuditEventRecord> q = em.createQuery(jpql, AuditEventRecord.class);
        params.forEach(q::setParameter);
        List<AuditEventRecord> rows = q.setMaxResults(limit + 1).getResultList();
        if (rows.size() > limit) {
            List<AuditEventRecord> page = rows.subList(0, limit);
            return new Page(page, OptionalLong.of(page.get(limit - 1).seq()));
        }
        return new Page(rows, OptionalLong.empty());
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
