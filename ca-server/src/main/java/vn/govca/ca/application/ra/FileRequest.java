package vn.govca.ca.application.ra;

import vn.govca.db.domain.RaRequestType;

/**
 * A request as a subscriber manager (or the Cipher Committee) files it.
 *
 * @param type                what is asked
 * @param subscriberId        whose certificate
 * @param caName              issuing CA (issuing types); absent: the one active subordinate CA
 * @param profile             certificate profile (issuing types)
 * @param csrPem              the PKCS#10 request, PEM (issuing types)
 * @param targetCertificateId the subscriber's certificate acted upon (renewal, change, revocation, suspension, reinstatement)
 * @param reason              Decree 68 revocation case (revocation), see {@code Decree68Reason}
 * @param validityDays        requested validity (issuing types); absent: the profile's maximum (renewal: ≤ 3 years)
 * @param recipient           who receives the token
 * @param note                free text for the reviewers
 * @param submit              submit at once (a complete dossier) instead of keeping a draft
 * @param serverKeyGeneration the server generates the key (no CSR); the filer takes it once as PKCS#12
 * @param keyDeviceId         the key storage device to restore (TOKEN_RESTORE only; the subscriber must hold it)
 */
public record FileRequest(RaRequestType type, long subscriberId, String caName, String profile, String csrPem,
                          Long targetCertificateId, String reason, Integer validityDays, String recipient,
                          String note, boolean submit, boolean serverKeyGeneration, Long keyDeviceId) {

    /** A request that names no key device (every type but TOKEN_RESTORE). */
    public FileRequest(RaRequestType type, long subscriberId, String caName, String profile, String csrPem,
                       Long targetCertificateId, String reason, Integer validityDays, String recipient, String note,
                       boolean submit, boolean serverKeyGeneration) {
        this(type, subscriberId, caName, profile, csrPem, targetCertificateId, reason, validityDays, recipient, note,
                submit, serverKeyGeneration, null);
    }

    /** A request whose key the subscriber generates (CSR), the usual case with USB tokens. */
    public FileRequest(RaRequestType type, long subscriberId, String caName, String profile, String csrPem,
                       Long targetCertificateId, String reason, Integer validityDays, String recipient, String note,
                       boolean submit) {
        this(type, subscriberId, caName, profile, csrPem, targetCertificateId, reason, validityDays, recipient, note,
                submit, false, null);
    }
}
