package vn.govca.dist.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * CRLs as relying parties use them (issue 3): downloaded over plain HTTP from {@code /crl/...},
 * awaited after a revocation (the server reissues within seconds; a bounded poll, no fixed sleep),
 * checked by OpenSSL ({@code openssl crl -verify}, {@code openssl verify -crl_check} /
 * {@code -crl_check_all} / {@code -use_deltas}) and by the JDK's PKIX validator with a CRL-only
 * revocation checker — implementations that share no code with GovCA.
 */
public final class CrlChecks {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private CrlChecks() {
    }

    /** {@code GET path} on the public HTTP port, with optional extra request headers (name, value, ...). */
    public static FetchedCrl fetch(URI httpBase, String path, String... headers) {
        return send(httpBase, path, "GET", headers);
    }

    /** {@code HEAD path}: the headers a GET would have, no body. */
    public static FetchedCrl head(URI httpBase, String path) {
        return send(httpBase, path, "HEAD");
    }

    private static FetchedCrl send(URI httpBase, String path, String method, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(httpBase.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new FetchedCrl(path, r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + path, e);
        }
    }

    /** Polls {@code path} until a 200 answer satisfies {@code condition}; fails after {@code timeout}. */
    public static FetchedCrl await(URI httpBase, String path, Predicate<FetchedCrl> condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        FetchedCrl last = null;
        while (Instant.now().isBefore(deadline)) {
            last = fetch(httpBase, path);
            if (last.status() == 200 && condition.test(last)) {
                return last;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + path, e);
            }
        }
        throw new AssertionError(path + " did not reach the expected state within " + timeout + "; last: " + last);
    }

    /** A condition: the CRL lists {@code serial}. */
    public static Predicate<FetchedCrl> listing(BigInteger serial) {
        return crl -> crl.entry(serial).isPresent();
    }

    /** {@code openssl crl -inform DER -noout -CAfile chain -verify}: checks the CRL's signature. */
    public static ExternalCommand.Result opensslCrlVerify(Path dir, FetchedCrl crl, X509Certificate... chain) {
        Path d = directory(dir);
        write(d, "crl.der", crl.der());
        write(d, "chain.pem", pem(chain));
        return ExternalCommand.run(d, List.of("openssl", "crl", "-inform", "DER", "-in", "crl.der", "-noout",
                "-CAfile", "chain.pem", "-verify"));
    }

    /**
     * {@code openssl verify FLAGS -CAfile root -untrusted issuing -CRLfile crls leaf}, e.g. with
     * {@code -crl_check}, {@code -crl_check_all} or {@code -crl_check -use_deltas}.
     */
    public static ExternalCommand.Result opensslVerify(Path dir, X509Certificate root, X509Certificate issuing,
                                                       X509Certificate leaf, List<FetchedCrl> crls, String... flags) {
        Path d = directory(dir);
        write(d, "root.pem", pem(root));
        write(d, "issuing.pem", pem(issuing));
        write(d, "leaf.pem", pem(leaf));
        StringBuilder crlPem = new StringBuilder();
        for (FetchedCrl c : crls) {
            crlPem.append(pem("X509 CRL", c.der()));
        }
        write(d, "crls.pem", crlPem.toString().getBytes(StandardCharsets.US_ASCII));
        List<String> cmd = new ArrayList<>(List.of("openssl", "verify"));
        cmd.addAll(List.of(flags));
        cmd.addAll(List.of("-CAfile", "root.pem", "-untrusted", "issuing.pem", "-CRLfile", "crls.pem", "leaf.pem"));
        return ExternalCommand.run(d, cmd);
    }

    /**
     * The JDK's PKIX validator with revocation checked from the given CRLs only (PREFER_CRLS,
     * NO_FALLBACK, ONLY_END_ENTITY: no OCSP, no download).
     *
     * @throws java.security.cert.CertPathValidatorException REVOKED for a listed certificate
     */
    public static void pkixWithCrls(X509Certificate root, X509Certificate issuing, X509Certificate leaf,
                                    List<FetchedCrl> crls) throws GeneralSecurityException {
        CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(leaf, issuing));
        CertPathValidator validator = CertPathValidator.getInstance("PKIX");
        PKIXRevocationChecker checker = (PKIXRevocationChecker) validator.getRevocationChecker();
        checker.setOptions(EnumSet.of(PKIXRevocationChecker.Option.PREFER_CRLS,
                PKIXRevocationChecker.Option.NO_FALLBACK, PKIXRevocationChecker.Option.ONLY_END_ENTITY));
        List<X509CRL> list = crls.stream().map(FetchedCrl::crl).toList();
        PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
        params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(list)));
        params.addCertPathChecker(checker);
        validator.validate(path, params);
    }

    private static Path directory(Path dir) {
        try {
            return Files.createTempDirectory(Files.createDirectories(dir), "crl-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory under " + dir, e);
        }
    }

    private static void write(Path dir, String name, byte[] content) {
        try {
            Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name, e);
        }
    }

    private static byte[] pem(X509Certificate... certificates) {
        StringBuilder out = new StringBuilder();
        for (X509Certificate c : certificates) {
            try {
                out.append(pem("CERTIFICATE", c.getEncoded()));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot encode " + c.getSubjectX500Principal(), e);
            }
        }
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
