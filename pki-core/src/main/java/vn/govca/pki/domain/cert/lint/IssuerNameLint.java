package vn.govca.pki.domain.cert.lint;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x500.X500Name;
import vn.govca.pki.domain.profile.ProfileKind;

/**
 * RFC 5280 §4.1.2.4: the issuer field is non-empty and identical (byte for byte, so that path
 * building and name chaining of §6.1 succeed everywhere) to the issuer certificate's subject; a
 * self-signed certificate's issuer equals its own subject, and only a root-ca profile makes one.
 */
public final class IssuerNameLint implements Lint {

    @Override
    public String reference() {
        return "RFC 5280 §4.1.2.4, §6.1";
    }

    @Override
    public List<String> check(LintTarget t) {
        List<String> out = new ArrayList<>();
        if (t.issuerName().getRDNs().length == 0) {
            out.add("issuer name is empty");
        }
        if (!sameBytes(t.issuerName(), t.issuer().subject())) {
            out.add("issuer name '" + t.issuerName() + "' differs from the issuer certificate's subject '"
                    + t.issuer().subject() + "'");
        }
        if (t.issuer().selfSigned() && !sameBytes(t.issuerName(), t.subject())) {
            out.add("self-signed certificate's issuer '" + t.issuerName() + "' differs from its subject '"
                    + t.subject() + "'");
        }
        boolean root = t.profile().kind() == ProfileKind.ROOT_CA;
        if (root != t.issuer().selfSigned()) {
            out.add(root ? "profile " + t.profile().name() + " issues self-signed roots but an issuer was given"
                    : "a self-signed certificate needs a root-ca profile, not " + t.profile().name());
        }
        return out;
    }

    static boolean sameBytes(X500Name a, X500Name b) {
        try {
            return Arrays.equals(a.getEncoded(ASN1Encoding.DER), b.getEncoded(ASN1Encoding.DER));
        } catch (IOException e) {
            return false;
        }
    }
}
