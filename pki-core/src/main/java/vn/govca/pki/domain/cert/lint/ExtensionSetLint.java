package vn.govca.pki.domain.cert.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;

/**
 * RFC 5280 §4.2: a certificate MUST NOT include more than one instance of an extension; GovCA
 * issues only the extensions it knows (so no unknown critical extension can make relying
 * software reject the certificate).
 */
public final class ExtensionSetLint implements Lint {

    private static final Set<ASN1ObjectIdentifier> KNOWN = Set.of(
            Extension.basicConstraints, Extension.keyUsage, Extension.extendedKeyUsage,
            Extension.subjectKeyIdentifier, Extension.authorityKeyIdentifier,
            Extension.subjectAlternativeName, Extension.certificatePolicies,
            Extension.cRLDistributionPoints, Extension.freshestCRL, Extension.authorityInfoAccess,
            OCSPObjectIdentifiers.id_pkix_ocsp_nocheck);

    @Override
    public String reference() {
        return "RFC 5280 §4.2";
    }

    @Override
    public List<String> check(LintTarget t) {
        List<String> out = new ArrayList<>();
        Set<ASN1ObjectIdentifier> seen = new HashSet<>();
        for (Extension e : t.extensions()) {
            if (!seen.add(e.getExtnId())) {
                out.add("extension " + e.getExtnId().getId() + " appears more than once");
            }
            if (!KNOWN.contains(e.getExtnId())) {
                out.add("extension " + e.getExtnId().getId() + (e.isCritical() ? " (critical)" : "")
                        + " is not one GovCA issues");
            }
        }
        return out;
    }
}
