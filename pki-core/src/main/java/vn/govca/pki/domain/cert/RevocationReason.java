package vn.govca.pki.domain.cert;

import java.util.Arrays;
import vn.govca.pki.domain.GovCaException;

/**
 * RFC 5280 §5.3.1 CRLReason codes, with the Decree 68 cases they stand for (DOMAIN.md):
 * key exposed or token lost → keyCompromise; job change → affiliationChanged; replaced by a new
 * certificate → superseded; retirement, resignation, death, organization dissolved or merged,
 * device retired → cessationOfOperation; request of the managing agency or authorities →
 * privilegeWithdrawn or unspecified; suspension → certificateHold. Code 7 is unused;
 * removeFromCRL (8) appears only in delta CRLs and is never a reason to revoke.
 */
public enum RevocationReason {
    UNSPECIFIED(0, "unspecified"),
    KEY_COMPROMISE(1, "keyCompromise"),
    CA_COMPROMISE(2, "cACompromise"),
    AFFILIATION_CHANGED(3, "affiliationChanged"),
    SUPERSEDED(4, "superseded"),
    CESSATION_OF_OPERATION(5, "cessationOfOperation"),
    CERTIFICATE_HOLD(6, "certificateHold"),
    PRIVILEGE_WITHDRAWN(9, "privilegeWithdrawn"),
    AA_COMPROMISE(10, "aACompromise");

    private final int code;
    private final String rfcName;

    RevocationReason(int code, String rfcName) {
        this.code = code;
        this.rfcName = rfcName;
    }

    public int code() {
        return code;
    }

    /** The ASN.1 name of RFC 5280, e.g. {@code keyCompromise}. */
    public String rfcName() {
        return rfcName;
    }

    /**
     * Accepts the RFC name ({@code keyCompromise}), the constant ({@code KEY_COMPROMISE}) or the code.
     *
     * @throws GovCaException MALFORMED for anything else, including removeFromCRL (8) and 7
     */
    public static RevocationReason parse(String text) {
        if (text == null || text.isBlank()) {
            throw GovCaException.malformed("revocation reason is required; one of " + names());
        }
        String t = text.trim();
        for (RevocationReason r : values()) {
            if (r.rfcName.equalsIgnoreCase(t) || r.name().equalsIgnoreCase(t.replace('-', '_'))
                    || String.valueOf(r.code).equals(t)) {
                return r;
            }
        }
        throw GovCaException.malformed("revocation reason '" + text + "' is unknown; one of " + names());
    }

    /** The reason of a code stored in the database. */
    public static RevocationReason ofCode(int code) {
        return Arrays.stream(values()).filter(r -> r.code == code).findFirst()
                .orElseThrow(() -> GovCaException.malformed("revocation reason code " + code + " is not a CRLReason"));
    }

    private static String names() {
        return Arrays.toString(Arrays.stream(values()).map(r -> r.rfcName).toArray());
    }
}
