package vn.govca.ocsp.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.govca.pki.domain.cert.SerialNumber;

/**
 * The read-only port through which the responder learns certificate status (STYLE: "a consumer
 * sees a narrow interface"). Production implementations read the CA database or a replica; the
 * responder never writes through it and never reaches the CA's internals.
 *
 * <p>Contract, guarding DESIGN invariant 5:
 * <ul>
 * <li>answers from committed state, never from a stale shared cache (DESIGN "Caches and several
 *     nodes"): a revocation committed before the call is seen by the call;</li>
 * <li>a serial the CA has no issued certificate for is {@link CertificateStatus#neverIssued()},
 *     never good; a certificate on hold is revoked with reason certificateHold;</li>
 * <li>never returns null; if the store cannot answer now, throws
 *     {@link vn.govca.pki.domain.GovCaException} UNAVAILABLE (the responder answers
 *     {@code tryLater}); any other exception becomes {@code internalError}.</li>
 * </ul>
 * Implementations must be safe for concurrent use.
 */
public interface CertificateStatusSource {

    /** The status of {@code serial} as issued by {@code ca}. */
    CertificateStatus status(CaRef ca, SerialNumber serial);

    /**
     * The status of each of {@code serials} issued by {@code ca}, keyed by serial, with an entry
     * for every requested serial. A database implementation answers in one query; this default
     * asks one by one.
     */
    default Map<SerialNumber, CertificateStatus> statuses(CaRef ca, Collection<SerialNumber> serials) {
        Map<SerialNumber, CertificateStatus> out = new LinkedHashMap<>();
        for (SerialNumber s : serials) {
            out.computeIfAbsent(s, k -> status(ca, k));
        }
        return out;
    }
}
