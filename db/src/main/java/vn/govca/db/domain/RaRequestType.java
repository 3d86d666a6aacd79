package vn.govca.db.domain;

/**
 * What an RA request asks for (Decree 68/2024 Art. 6 services; forms 01 to 07). The first three
 * lead to a new certificate; the others act on an existing one ({@code target_certificate_id}) or,
 * for TOKEN_RESTORE, on a key storage device.
 */
public enum RaRequestType {
    NEW_ISSUANCE, RENEWAL, CHANGE_OF_INFORMATION, REVOCATION, SUSPENSION, REINSTATEMENT, TOKEN_RESTORE;

    /** True when executing the request issues a certificate. */
    public boolean issuesCertificate() {
        return this == NEW_ISSUANCE || this == RENEWAL || this == CHANGE_OF_INFORMATION;
    }

    /** True when the request acts on an existing certificate, which it must name. */
    public boolean needsTargetCertificate() {
        return this != NEW_ISSUANCE && this != TOKEN_RESTORE;
    }
}
