package vn.govca.db.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import vn.govca.db.domain.CertificateRecord;
import vn.govca.db.domain.CertificateStatus;
import vn.govca.db.domain.RaScope;
import vn.govca.db.domain.RecordStateException;
import vn.govca.db.domain.SerialHex;
import vn.govca.db.domain.Sha256Hex;
import vn.govca.db.domain.SubscriberKind;

/**
 * Certificates of record. {@link #reserve} is step "reserve serial" of the issuance cycle: the
 * unique key (ca_id, serial_hex) guarantees no serial is issued twice by one CA (DESIGN
 * invariant 1). Every query here is served by an index of migration V1 and pages by keyset,
 * so it stays fast at 10 million certificates per CA. State changes go through the entity's
 * methods on a managed instance; the transaction commits them.
 */
public final class CertificateRepository {

    /** Largest page {@link #search} returns. */
    public static final int MAX_PAGE_SIZE = 500;
    /** LIKE escape character; not a backslash, which MariaDB string literals would swallow. */
    private static final char ESCAPE = '!';

    private final EntityManager em;

    public CertificateRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /**
     * Inserts a RESERVED certificate and flushes, so its id is known and a taken serial is
     * reported here rather than at commit.
     *
     * @throws DuplicateSerialException the CA already has this serial; draw another and retry in
     *         a new transaction
     */
    public CertificateRecord reserve(CertificateRecord reservation) {
        Objects.requireNonNull(reservation, "reservation");
        UniqueViolations.persistAndFlush(em, reservation, cause -> new DuplicateSerialException(
                reservation.caId(), reservation.serial().value(), cause));
        return reservation;
    }

    /**
     * Step "store" without reading the reservation back — one UPDATE where loading the entity
     * would add a SELECT and its object building to every issuance: RESERVED becomes ACTIVE with
     * the signed DER, checked as {@link CertificateRecord#markSigned} checks it, the version
     * raised as an entity update raises it.
     *
     * @throws RecordStateException the certificate is not RESERVED (nothing is changed)
     */
    public void storeSigned(long id, byte[] der, Sha256Hex fingerprint, Instant at) {
        CertificateRecord.SignedColumns signed = CertificateRecord.signedColumns(der, fingerprint, at);
        int updated = em.createQuery("UPDATE CertificateRecord c SET c.der = :der, c.fingerprintSha256 = :fp,"
                        + " c.status = :active, c.updatedAt = :at, c.version = c.version + 1"
                        + " WHERE c.id = :id AND c.status = :reserved")
                .setParameter("der", signed.der())
                .setParameter("fp", signed.fingerprintSha256())
                .setParameter("active", CertificateStatus.ACTIVE)
                .setParameter("at", signed.updatedAt())
                .setParameter("id", id)
                .setParameter("reserved", CertificateStatus.RESERVED)
                .executeUpdate();
        if (updated != 1) {
            throw new RecordStateException("cannot mark signed certificate #" + id + ": it is not RESERVED");
        }
    }

    public Optional<CertificateRecord> findById(long id) {
        return Optional.ofNullable(em.find(CertificateRecord.class, id));
    }

    /** Looks up a certificate by its issuer and serial, as OCSP and CRL requests name it. */
    public Optional<CertificateRecord> findBySerial(long caId, SerialHex serial) {
        Objects.requireNonNull(serial, "serial");
        return em.createQuery("SELECT c FROM CertificateRecord c WHERE c.caId = :ca AND c.serialHex = :serial",
                        CertificateRecord.class)
                .setParameter("ca", caId)
                .setParameter("serial", serial.value())
                .getResultStream().findFirst();
    }

    public Optional<CertificateRecord> findByFingerprint(Sha256Hex fingerprint) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        return em.createQuery("SELECT c FROM CertificateRecord c WHERE c.fingerprintSha256 = :fp",
                        CertificateRecord.class)
                .setParameter("fp", fingerprint.value())
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** A certificate row whose {@code updated_at} moved: plain values for status followers (OCSP caches). */
    public record Change(long caId, String serialHex, Instant updatedAt) {
    }

    /** Largest batch {@link #changedAfter} returns. */
    public static final int MAX_CHANGES = 10_000;

    /**
     * Up to {@code limit} certificates of the CA whose {@code updated_at} is after {@code after},
     * oldest change first: what another node may have revoked, held or released since a
     * watermark. Served by index ix_certificate_ca_updated_at (migration V2); a caller that gets
     * {@code limit} rows asks again from the last one's time.
     *
     * @param limit 1 to {@link #MAX_CHANGES}
     */
    public List<Change> changedAfter(long caId, Instant after, int limit) {
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_CHANGES) {
            throw new IllegalArgumentException("batch size " + limit + " must be 1 to " + MAX_CHANGES);
        }
        List<Object[]> rows = em.createQuery("SELECT c.caId, c.serialHex, c.updatedAt FROM CertificateRecord c"
                        + " WHERE c.caId = :ca AND c.updatedAt > :after ORDER BY c.updatedAt", Object[].class)
                .setParameter("ca", caId)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
        List<Change> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new Change(((Number) r[0]).longValue(), (String) r[1], (Instant) r[2]));
        }
        return out;
    }

    /**
     * One page of certificates matching {@code filter}, in id order.
     *
     * @param after the previous page's {@link CertificatePage#nextCursor()}, empty for page 1
     * @param limit 1 to {@link #MAX_PAGE_SIZE}
     */
    public CertificatePage search(CertificateSearch filter, OptionalLong after, int limit) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size " + limit + " must be 1 to " + MAX_PAGE_SIZE);
        }
        boolean newestFirst = filter.order() == CertificateSearch.Order.NEWEST_FIRST;
        List<String> clauses = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        where(clauses, parameters, "c.caId = :ca", "ca", filter.caId());
        where(clauses, parameters, "c.status = :status", "status", filter.status());
        where(clauses, parameters, "c.profileName = :profile", "profile", filter.profileName());
        if (filter.subjectText() != null) {
            String escaped = escapeLike(filter.subjectText());
            String pattern = filter.match() == CertificateSearch.TextMatch.PREFIX
                    ? escaped + "%" : "%" + escaped + "%";
            where(clauses, parameters, "c.subjectSearch LIKE :subject ESCAPE '" + ESCAPE + "'", "subject", pattern);
        }
        if (after.isPresent()) {
            where(clauses, parameters, newestFirst ? "c.id < :after" : "c.id > :after", "after", after.getAsLong());
        }
        StringBuilder jpql = new StringBuilder("SELECT c FROM CertificateRecord c");
        if (!clauses.isEmpty()) {
            jpql.append(" WHERE ").append(String.join(" AND ", clauses));
        }
        jpql.append(newestFirst ? " ORDER BY c.id DESC" : " ORDER BY c.id ASC");
        TypedQuery<CertificateRecord> query = em.createQuery(jpql.toString(), CertificateRecord.class);
        parameters.forEach(query::setParameter);
        List<CertificateRecord> rows = new ArrayList<>(query.setMaxResults(limit + 1).getResultList());
        if (rows.size() <= limit) {
            return new CertificatePage(rows, OptionalLong.empty());
        }
        List<CertificateRecord> page = rows.subList(0, limit);
        return new CertificatePage(page, OptionalLong.of(page.get(limit - 1).id()));
    }

    private static void where(List<String> clauses, Map<String, Object> parameters, String clause,
                              String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(name, value);
        }
    }

    private static String escapeLike(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char ch : text.toCharArray()) {
            if (ch == ESCAPE || ch == '%' || ch == '_') {
                out.append(ESCAPE);
            }
            out.append(ch);
        }
        return out.toString();
    }

    // ---- RA: certificates of subscribers, by scope (migration V3) ----

    /** Largest list {@link #listBySubscriber} returns. */
    public static final int MAX_SUBSCRIBER_CERTIFICATES = 200;

    /** The certificate if it was issued to a subscriber inside {@code scope}; empty otherwise. */
    public Optional<CertificateRecord> findByIdInScope(long id, RaScope scope) {
        JpqlWhere where = new JpqlWhere().and("c.id = :id", "id", id).scope(scope, "c");
        if (!scope.isEverywhere()) {
            where.and("c.subscriberId IS NOT NULL");
        }
        return where.bind(em.createQuery("SELECT c FROM CertificateRecord c" + where.sql(), CertificateRecord.class))
                .getResultStream().findFirst();
    }

    /** A subscriber's certificates, newest first (index ix_certificate_subscriber). */
    public List<CertificateRecord> listBySubscriber(long subscriberId, int limit) {
        JpqlWhere.checkLimit(limit, MAX_SUBSCRIBER_CERTIFICATES);
        return em.createQuery("SELECT c FROM CertificateRecord c WHERE c.subscriberId = :s ORDER BY c.id DESC",
                        CertificateRecord.class)
                .setParameter("s", subscriberId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** A dashboard cell: how many RA certificates of a province and type are in a status. */
    public record CertificateTally(Long provinceId, SubscriberKind certType, CertificateStatus status, long count) {
    }

    /** A dashboard cell: how many RA certificates managed by an agency are in a status. */
    public record AgencyTally(long agencyId, CertificateStatus status, long count) {
    }

    /**
     * RA certificates of {@code scope} per province, type and status (only non-zero cells), from
     * index ix_certificate_province_status_not_after. ACTIVE counts include certificates past
     * their notAfter; subtract {@link #countActiveExpiringBetween} for those.
     */
    public List<CertificateTally> countByProvinceTypeAndStatus(RaScope scope) {
        JpqlWhere where = new JpqlWhere().scope(scope, "c").and("c.certType IS NOT NULL");
        List<Object[]> rows = where.bind(em.createQuery("SELECT c.provinceId, c.certType, c.status, COUNT(c)"
                + " FROM CertificateRecord c" + where.sql() + " GROUP BY c.provinceId, c.certType, c.status",
                Object[].class)).getResultList();
        return tallies(rows);
    }

    /**
     * ACTIVE RA certificates of {@code scope} whose notAfter is in [{@code from}, {@code until}),
     * per province and type: expiring within 30/60/90 days with from = now, or already expired
     * with from = {@link Instant#EPOCH} and until = now.
     */
    public List<CertificateTally> countActiveExpiringBetween(RaScope scope, Instant from, Instant until) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        JpqlWhere where = new JpqlWhere().scope(scope, "c").and("c.certType IS NOT NULL")
                .and("c.status = :active", "active", CertificateStatus.ACTIVE)
                .and("c.notAfter >= :from", "from", from)
                .and("c.notAfter < :until", "until", until);
        List<Object[]> rows = where.bind(em.createQuery("SELECT c.provinceId, c.certType, c.status, COUNT(c)"
                + " FROM CertificateRecord c" + where.sql() + " GROUP BY c.provinceId, c.certType, c.status",
                Object[].class)).getResultList();
        return tallies(rows);
    }

    /** RA certificates of {@code scope} per managing agency and status (only non-zero cells). */
    public List<AgencyTally> countByAgencyAndStatus(RaScope scope) {
        JpqlWhere where = new JpqlWhere().scope(scope, "c").and("c.agencyId IS NOT NULL");
        List<Object[]> rows = where.bind(em.createQuery("SELECT c.agencyId, c.status, COUNT(c)"
                + " FROM CertificateRecord c" + where.sql() + " GROUP BY c.agencyId, c.status", Object[].class))
                .getResultList();
        List<AgencyTally> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new AgencyTally(((Number) r[0]).longValue(), (CertificateStatus) r[1], ((Number) r[2]).longValue()));
        }
        return out;
    }

    private static List<CertificateTally> tallies(List<Object[]> rows) {
        List<CertificateTally> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new CertificateTally(r[0] == null ? null : ((Number) r[0]).longValue(), (SubscriberKind) r[1],
                    (CertificateStatus) r[2], ((Number) r[3]).longValue()));
        }
        return out;
    }

    /**
     * {@link #search} restricted to the RA certificates of {@code scope} (the security boundary
     * of the RA's certificate pages); with {@link RaScope#everywhere()} it equals {@link #search}.
     * Served by ix_certificate_province_status_id / ix_certificate_agency_status_not_after.
     */
    public CertificatePage searchInScope(RaScope scope, CertificateSearch filter, OptionalLong after, int limit) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(after, "after");
        JpqlWhere.checkLimit(limit, MAX_PAGE_SIZE);
        boolean newestFirst = filter.order() == CertificateSearch.Order.NEWEST_FIRST;
        JpqlWhere where = new JpqlWhere().scope(scope, "c")
                .and("c.caId = :ca", "ca", filter.caId())
                .and("c.status = :status", "status", filter.status())
                .and("c.profileName = :profile", "profile", filter.profileName());
        if (!scope.isEverywhere()) {
            where.and("c.subscriberId IS NOT NULL");
        }
        if (filter.subjectText() != null) {
            String pattern = filter.match() == CertificateSearch.TextMatch.PREFIX
                    ? JpqlWhere.prefixPattern(filter.subjectText())
                    : "%" + JpqlWhere.prefixPattern(filter.subjectText());
            where.and(JpqlWhere.like("c.subjectSearch", "subject"), "subject", pattern);
        }
        if (after.isPresent()) {
            where.and(newestFirst ? "c.id < :after" : "c.id > :after", "after", after.getAsLong());
        }
        RecordPage<CertificateRecord> page = JpqlWhere.page(where.bind(em.createQuery(
                "SELECT c FROM CertificateRecord c" + where.sql() + (newestFirst ? " ORDER BY c.id DESC"
                        : " ORDER BY c.id ASC"), CertificateRecord.class)), limit, CertificateRecord::id);
        return new CertificatePage(page.items(), page.nextCursor());
    }
}
