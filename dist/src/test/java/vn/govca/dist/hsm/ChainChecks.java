package vn.govca.dist.hsm;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.govca.pki.domain.cert.Pem;

/**
 * Re-checks an issued certificate and its chain with three implementations that share no code
 * with GovCA (STYLE: outputs are re-checked independently): OpenSSL's verifier in strict X.509
 * mode, GnuTLS's certtool (parse, then chain verification), and the JDK's PKIX validator
 * (RFC 5280 §6). Revocation is not checked: this test runs no CRL or OCSP service.
 */
public final class ChainChecks {

    private ChainChecks() {
    }

    /**
     * @param dir     where the PEM files go
     * @param name    file name stem for this leaf
     * @param purpose OpenSSL {@code -purpose} to check (e.g. {@code sslserver}), or null
     * @throws AssertionError naming the implementation that refused, with its output
     */
    public static void assertValidEverywhere(Path dir, String name, X509Certificate leaf, X509Certificate issuing,
                                             X509Certificate root, String purpose) {
        Path leafPem = ExternalTools.write(dir, name + ".pem", pem(leaf));
        Path rootPem = ExternalTools.write(dir, name + "-root.pem", pem(root));
        Path issuingPem = ExternalTools.write(dir, name + "-issuing.pem", pem(issuing));
        Path chainPem = ExternalTools.write(dir, name + "-chain.pem", pem(leaf), pem(issuing), pem(root));
        List<String> verify = new ArrayList<>(List.of("openssl", "verify", "-x509_strict", "-CAfile",
                rootPem.toString(), "-untrusted", issuingPem.toString()));
        if (purpose != null) {
            verify.addAll(List.of("-purpose", purpose));
        }
        verify.add(leafPem.toString());
        succeeds(dir, verify.toArray(String[]::new));
        succeeds(dir, "certtool", "-i", "--infile", leafPem.toString());
        succeeds(dir, "certtool", "--verify-chain", "--infile", chainPem.toString());
        try {
            validatePkix(root, List.of(issuing), leaf);
        } catch (GeneralSecurityException e) {
            throw new AssertionError("JDK PKIX validation of " + name + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Validates {@code leaf} up to {@code root} through {@code intermediates} with the JDK's
     * PKIX validator, revocation checking off.
     */
    public static void validatePkix(X509Certificate root, List<X509Certificate> intermediates, X509Certificate leaf)
            throws GeneralSecurityException {
        List<X509Certificate> path = new ArrayList<>();
        path.add(leaf);
        path.addAll(intermediates);
        CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        params.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(certPath, params);
    }

    private static void succeeds(Path dir, String... command) {
        ExternalTools.Result r = ExternalTools.run(dir, command);
        if (r.exit() != 0) {
            throw new AssertionError("refused: " + r);
        }
    }

    private static String pem(X509Certificate cert) {
        try {
            return Pem.encode("CERTIFICATE", cert.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
