package vn.govca.pki.domain.cert.lint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * CP rule, following RFC 5280 §6.1.3 (a)(2): a certificate lies within its issuer's validity,
 * so it never outlives the CA that vouches for it. Self-signed certificates are exempt.
 */
public final class IssuerValidityLint implements Lint {

    @Override
    public String reference() {
        return "CP (certificate within issuer validity); RFC 5280 §6.1.3 (a)(2)";
    }

    @Override
    public List<String> check(LintTarget t) {
        List<String> out = new ArrayList<>();
        if (t.issuer().selfSigned()) {
            return out;
        }
        Instant from = t.notBefore().getDate().toInstant();
        Instant to = t.notAfter().getDate().toInstant();
        Instant issuerFrom = t.issuer().notBefore();
        Instant issuerTo = t.issuer().notAfter();
        if (to.isAfter(issuerTo)) {
            out.add("notAfter " + to + " is after the issuer's notAfter " + issuerTo);
        }
        if (from.isBefore(issuerFrom)) {
            out.add("notBefore " + from + " is before the issuer's notBefore " + issuerFrom);
        }
        if (t.now().isAfter(issuerTo)) {
            out.add("the issuer certificate expired at " + issuerTo + ", before the signing time " + t.now());
        }
        return out;
    }
}
