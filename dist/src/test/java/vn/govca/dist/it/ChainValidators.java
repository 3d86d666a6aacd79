package vn.govca.dist.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Path validation (RFC 5280 §6) of a GovCA chain by three implementations that share no code
 * with GovCA or with each other: OpenSSL ({@code openssl verify -x509_strict}), GnuTLS
 * ({@code certtool}) and the JDK's PKIX {@link CertPathValidator}. Revocation checking is off
 * (no OCSP responder or CRL is published yet).
 */
public final class ChainValidators {

    private ChainValidators() {
    }

    /** {@code openssl verify -x509_strict -CAfile root -untrusted issuing leaf}. */
    public static ExternalCommand.Result openssl(Path dir, X509Certificate root, X509Certificate issuing,
                                                 X509Certificate leaf) {
        Path d = files(dir, root, issuing, leaf);
        return ExternalCommand.run(d, List.of("openssl", "verify", "-x509_strict", "-CAfile", "root.pem",
                "-untrusted", "issuing.pem", "leaf.pem"));
    }

    /** {@code certtool -i}: GnuTLS decodes and prints the certificate. */
    public static ExternalCommand.Result certtoolInfo(Path dir, X509Certificate leaf) {
        Path d = files(dir, null, null, leaf);
        return ExternalCommand.run(d, List.of("certtool", "-i", "--infile", "leaf.pem"));
    }

    /** {@code certtool --verify}: GnuTLS validates leaf + issuing against the root. */
    public static ExternalCommand.Result certtoolVerify(Path dir, X509Certificate root, X509Certificate issuing,
                                                        X509Certificate leaf) {
        Path d = files(dir, root, issuing, leaf);
        return ExternalCommand.run(d, List.of("certtool", "--verify", "--load-ca-certificate", "root.pem",
                "--infile", "chain.pem"));
    }

    /**
     * The JDK's PKIX validator with {@code root} as the only trust anchor, revocation disabled.
     *
     * @throws GeneralSecurityException (CertPathValidatorException) if the path does not validate
     */
    public static PKIXCertPathValidatorResult pkix(X509Certificate root, X509Certificate issuing, X509Certificate leaf)
            throws GeneralSecurityException {
        CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(leaf, issuing));
        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        params.setRevocationEnabled(false);
        return (PKIXCertPathValidatorResult) CertPathValidator.getInstance("PKIX").validate(path, params);
    }

    private static Path files(Path dir, X509Certificate root, X509Certificate issuing, X509Certificate leaf) {
        try {
            Path d = Files.createTempDirectory(Files.createDirectories(dir), "chain-");
            Files.writeString(d.resolve("leaf.pem"), pem(leaf), StandardCharsets.US_ASCII);
            if (root != null) {
                Files.writeString(d.resolve("root.pem"), pem(root), StandardCharsets.US_ASCII);
                Files.writeString(d.resolve("issuing.pem"), pem(issuing), StandardCharsets.US_ASCII);
                Files.writeString(d.resolve("chain.pem"), pem(leaf) + pem(issuing), StandardCharsets.US_ASCII);
            }
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write certificates under " + dir, e);
        }
    }

    private static String pem(X509Certificate c) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(c.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode " + c.getSubjectX500Principal(), e);
        }
    }
}
