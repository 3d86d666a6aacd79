package vn.govca.pki.domain.profile;

/**
 * Which status and issuer pointers a certificate carries: CRL distribution point (RFC 5280
 * §4.2.1.13, plus Freshest CRL §4.2.1.15 when the issuing CA publishes delta CRLs), and
 * authority information access with OCSP and caIssuers (§4.2.2.1). The URLs come from the
 * issuing CA's publication points.
 */
public record DistributionRule(boolean crlDistributionPoint, boolean ocsp, boolean caIssuers) {

    public static final DistributionRule NONE = new DistributionRule(false, false, false);
}
