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
import vn.govca.db.domain.SerialHex;
import vn.govca.db.domain.Sha256Hex;

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
}
