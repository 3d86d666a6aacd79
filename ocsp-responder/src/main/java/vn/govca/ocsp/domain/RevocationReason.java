package vn.govca.ocsp.domain;

import vn.govca.pki.domain.GovCaException;

/**
 * The reason a certificate was revoked, with the CRLReason codes of RFC 5280 §5.3.1 that OCSP
 * carries in {@code RevokedInfo.revocationReason} (RFC 6960 §4.2.1). Code 7 is unassigned;
 * {@code removeFromCRL} (8) exists only for delta CRLs and is no status a certificate can have.
 */
public enum RevocationReason {
    UNSPECIFIED(0),
    KEY_COMPROMISE(1),
    CA_COMPROMISE(2),
    AFFILIATION_CHANGED(3),
    SUPERSEDED(4),
    CESSATION_OF_OPERATION(5),
    CERTIFICATE_HOLD(6),
    REMOVE_FROM_CRL(8),
    PRIVILEGE_WITHDRAWN(9),
    AA_COMPROMISE(10);

    private final int code;

    RevocationReason(int code) {
        this.code = code;
    }

    /** The CRLReason code of RFC 5280 §5.3.1. */
    public int code() {
        return code;
    }

    /**
     * The reason with CRLReason {@code code}.
     *
     * @throws GovCaException MALFORMED for 7 or a value outside 0..10
     */
    public static RevocationReason fromCode(int code) {
        for (RevocationReason r : values()) {
            if (r.code == code) {
                return r;
            }
        }
        throw GovCaException.malformed("revocation reason code " + code
                + " is not a CRLReason of RFC 5280 section 5.3.1 (0-6, 8-10)");
    }
}
