package vn.govca.pki.domain.cert.lint;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import vn.govca.pki.domain.GovCaException;

/**
 * RFC 5280 §4.2.1.2: subjectKeyIdentifier is present, non-critical, and (GovCA method) the SHA-1
 * of the subject public key bits, method (1); §4.2.1.1: authorityKeyIdentifier is present,
 * non-critical, and its keyIdentifier equals the issuer's key identifier so that path building
 * finds the issuer (GovCA puts only the keyIdentifier, never issuer name and serial).
 */
public final class KeyIdentifierLint implements Lint {

    @Override
    public String reference() {
        return "RFC 5280 §4.2.1.1, §4.2.1.2";
    }

    @Override
    public List<String> check(LintTarget t) {
        List<String> out = new ArrayList<>();
        Optional<Extension> ski = t.extension(Extension.subjectKeyIdentifier);
        if (ski.isEmpty()) {
            out.add("subjectKeyIdentifier is missing");
        } else {
            if (ski.get().isCritical()) {
                out.add("subjectKeyIdentifier must be non-critical");
            }
            byte[] actual = SubjectKeyIdentifier.getInstance(ski.get().getParsedValue()).getKeyIdentifier();
            byte[] expected = keyIdentifier(t.publicKey());
            if (!Arrays.equals(actual, expected)) {
                out.add("subjectKeyIdentifier " + hex(actual) + " is not the SHA-1 of the subject key "
                        + hex(expected));
            }
        }
        Optional<Extension> aki = t.extension(Extension.authorityKeyIdentifier);
        if (aki.isEmpty()) {
            out.add("authorityKeyIdentifier is missing");
            return out;
        }
        if (aki.get().isCritical()) {
            out.add("authorityKeyIdentifier must be non-critical");
        }
        AuthorityKeyIdentifier id = AuthorityKeyIdentifier.getInstance(aki.get().getParsedValue());
        if (id.getKeyIdentifier() == null) {
            out.add("authorityKeyIdentifier has no keyIdentifier");
        } else if (!Arrays.equals(id.getKeyIdentifier(), t.issuer().keyIdentifier())) {
            out.add("authorityKeyIdentifier " + hex(id.getKeyIdentifier())
                    + " differs from the issuer key identifier " + hex(t.issuer().keyIdentifier()));
        }
        if (id.getAuthorityCertIssuer() != null || id.getAuthorityCertSerialNumber() != null) {
            out.add("authorityKeyIdentifier carries issuer name/serial; GovCA uses keyIdentifier only");
        }
        return out;
    }

    /** The method (1) key identifier of RFC 5280 §4.2.1.2. */
    public static byte[] keyIdentifier(SubjectPublicKeyInfo spki) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(spki.getPublicKeyData().getBytes());
        } catch (NoSuchAlgorithmException e) {
            throw GovCaException.internal("SHA-1 is not available in this JVM", e);
        }
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
