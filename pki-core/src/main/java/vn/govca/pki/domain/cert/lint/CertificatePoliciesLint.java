package vn.govca.pki.domain.cert.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.PolicyInformation;

/**
 * RFC 5280 §4.2.1.4: certificatePolicies, when the profile names policies, is present,
 * non-critical (GovCA policy, so that relying software without policy processing accepts it),
 * lists each policy once, and lists exactly the profile's policy OIDs.
 */
public final class CertificatePoliciesLint implements Lint {

    @Override
    public String reference() {
        return "RFC 5280 §4.2.1.4; profile certificatePolicies";
    }

    @Override
    public List<String> check(LintTarget t) {
        List<String> out = new ArrayList<>();
        Set<ASN1ObjectIdentifier> expected = new HashSet<>(t.profile().policyOids());
        Optional<Extension> ext = t.extension(Extension.certificatePolicies);
        if (ext.isEmpty()) {
            if (!expected.isEmpty()) {
                out.add("certificatePolicies is missing; profile " + t.profile().name() + " requires " + expected);
            }
            return out;
        }
        if (ext.get().isCritical()) {
            out.add("certificatePolicies must be non-critical");
        }
        Set<ASN1ObjectIdentifier> actual = new HashSet<>();
        for (PolicyInformation pi : CertificatePolicies.getInstance(ext.get().getParsedValue()).getPolicyInformation()) {
            if (!actual.add(pi.getPolicyIdentifier())) {
                out.add("certificate policy " + pi.getPolicyIdentifier() + " appears more than once");
            }
        }
        if (!actual.equals(expected)) {
            out.add("certificate policies " + actual + " differ from profile " + t.profile().name() + " " + expected);
        }
        return out;
    }
}
