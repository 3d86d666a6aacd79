package vn.govca.ca.domain.ra;

import vn.govca.db.domain.RaRequestType;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.govca.ca.domain.auth.Principal;

/**
 * How many distinct approvals a request needs before it executes (issue 4, "Approvals"), and who
 * may give one: per certificate profile and request type, default 1; requests for a CA certificate
 * and revocations of organization certificates default 2 (four-eyes). Nobody approves a request
 * they filed, and nobody approves one request twice.
 *
 * @param defaultCount approvals for every request not matched below
 * @param caCertificateCount approvals for a request whose profile issues a CA certificate
 * @param organizationRevocationCount approvals to revoke or suspend an organization's certificate
 * @param perProfile overrides by profile name (e.g. {@code tls-server=2}), applied first
 */
public record ApprovalPolicy(int defaultCount, int caCertificateCount, int organizationRevocationCount,
                             Map<String, Integer> perProfile) {

    /** The most approvals any request may require: more could never be gathered by a small team. */
    public static final int MAX = 5;

    public ApprovalPolicy {
        Objects.requireNonNull(perProfile, "perProfile");
        perProfile = Map.copyOf(perProfile);
        check("default", defaultCount);
        check("CA certificate", caCertificateCount);
        check("organization revocation", organizationRevocationCount);
        perProfile.forEach((profile, n) -> check("profile " + profile, n));
    }

    /** The defaults of issue 4: 1, CA certificates 2, organization revocations 2. */
    public static ApprovalPolicy defaults() {
        return new ApprovalPolicy(1, 2, 2, Map.of());
    }

    /**
     * The number of approvals a request needs.
     *
     * @param type the request type
     * @param profile the certificate profile (of the certificate to issue, or of the target certificate)
     * @param caCertificate whether that profile issues CA certificates
     * @param organizationSubscriber whether the subscriber is an organization
     */
    public int required(RaRequestType type, String profile, boolean caCertificate, boolean organizationSubscriber) {
        if (profile != null && perProfile.containsKey(profile)) {
            return perProfile.get(profile);
        }
        if (caCertificate) {
            return caCertificateCount;
        }
        if (organizationSubscriber && (type == RaRequestType.REVOCATION || type == RaRequestType.SUSPENSION)) {
            return organizationRevocationCount;
        }
        return defaultCount;
    }

    /**
     * Refuses an approval by the filer or by someone who already approved this request.
     *
     * @param who the reviewer
     * @param filedBy the administrator id who filed the request
     * @param approvedBy the administrator ids who approved it so far
     */
    public static void requireMayApprove(Principal who, long filedBy, Set<Long> approvedBy) {
        if (who.id() == filedBy) {
            throw RaErrors.forbidden(who.username() + " filed this request and may not approve it");
        }
        if (approvedBy.contains(who.id())) {
            throw RaErrors.conflict(who.username() + " has already approved this request");
        }
    }

    private static void check(String what, int n) {
        if (n < 1 || n > MAX) {
            throw new IllegalArgumentException("approvals for " + what + " must be 1.." + MAX + ", got " + n);
        }
    }
}
