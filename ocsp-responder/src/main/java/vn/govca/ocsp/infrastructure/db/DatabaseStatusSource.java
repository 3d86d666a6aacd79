package vn.govca.ocsp.infrastructure.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.govca.db.domain.CertificateStatus;
import vn.govca.ocsp.domain.CaRef;
import vn.govca.ocsp.domain.CertificateStatusSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.RevocationReason;
import vn.govca.pki.domain.cert.SerialNumber;

/**
 * The OCSP responder's view of certificate status: the {@code certificate} table of record,
 * looked up by its unique key (ca_id, serial_hex) with a read-only projection (no certificate DER
 * is loaded). The persistence unit has no shared cache, so every answer is committed state
 * (DESIGN invariant 5, "Caches and several nodes"). Used by the CA server and by the validation
 * node alike; it only reads, so a database replica serves it.
 *
 * <p>Mapping (RFC 6960 §2.2): ACTIVE → good (also after expiry: RFC 6960 lets a responder report
 * status of an expired certificate, and it stays what the CA says), REVOKED → revoked with its
 * time and CRLReason, ON_HOLD → revoked with certificateHold, RESERVED / FAILED / no row →
 * never issued (never good). A database that cannot answer → UNAVAILABLE (tryLater).
 *
 * <p>Thread-safe when {@code em} is (a container-managed, transaction-scoped entity manager).
 */
public final class DatabaseStatusSource implements CertificateStatusSource {

    private static final String QUERY = "SELECT c.serialHex, c.status, c.revocationTime, c.revocationReason,"
            + " c.notAfter FROM CertificateRecord c WHERE c.caId = :ca AND c.serialHex IN :serials";

    private final EntityManager em;

    public DatabaseStatusSource(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public vn.govca.ocsp.domain.CertificateStatus status(CaRef ca, SerialNumber serial) {
        return statuses(ca, List.of(serial)).get(serial);
    }

    @Override
    public Map<SerialNumber, vn.govca.ocsp.domain.CertificateStatus> statuses(CaRef ca,
            Collection<SerialNumber> serials) {
        Map<String, SerialNumber> byHex = new HashMap<>();
        serials.forEach(s -> byHex.put(s.hex(), s));
        Map<String, vn.govca.ocsp.domain.CertificateStatus> found = new HashMap<>();
        for (Object[] row : rows(ca, new ArrayList<>(byHex.keySet()))) {
            found.put((String) row[0], status((CertificateStatus) row[1], (Instant) row[2], (Number) row[3],
                    (Instant) row[4]));
        }
        Map<SerialNumber, vn.govca.ocsp.domain.CertificateStatus> out = new LinkedHashMap<>();
        for (SerialNumber s : serials) {
            out.put(s, found.getOrDefault(s.hex(), vn.govca.ocsp.domain.CertificateStatus.neverIssued()));
        }
        return out;
    }

    private List<Object[]> rows(CaRef ca, List<String> hexSerials) {
        if (hexSerials.isEmpty()) {
            return List.of();
        }
        try {
            return em.createQuery(QUERY, Object[].class).setParameter("ca", ca.id())
                    .setParameter("serials", hexSerials).getResultList();
        } catch (PersistenceException e) {
            throw GovCaException.unavailable("certificate status of CA " + ca + " cannot be read: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    static vn.govca.ocsp.domain.CertificateStatus status(CertificateStatus status, Instant revocationTime,
            Number reason, Instant notAfter) {
        return switch (status) {
            case ACTIVE -> vn.govca.ocsp.domain.CertificateStatus.good(notAfter);
            case REVOKED -> vn.govca.ocsp.domain.CertificateStatus.revoked(required(revocationTime),
                    reason == null ? RevocationReason.UNSPECIFIED : RevocationReason.ofCode(reason.intValue()),
                    notAfter);
            case ON_HOLD -> vn.govca.ocsp.domain.CertificateStatus.revoked(required(revocationTime),
                    RevocationReason.CERTIFICATE_HOLD, notAfter);
            case RESERVED, FAILED -> vn.govca.ocsp.domain.CertificateStatus.neverIssued();
        };
    }

    private static Instant required(Instant revocationTime) {
        if (revocationTime == null) {
            throw GovCaException.internal("a revoked or held certificate row has no revocation time", null);
        }
        return revocationTime;
    }
}
