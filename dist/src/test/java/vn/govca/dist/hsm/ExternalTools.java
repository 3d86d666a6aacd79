package vn.govca.dist.hsm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the external tools the integration tests use as GovCA's independent peers (OpenSSL makes
 * the subscribers' PKCS#10 requests and checks CSRs; see {@link ChainChecks} for chains), and
 * reads and writes the PEM files they exchange.
 */
public final class ExternalTools {

    private static final long TIMEOUT_SECONDS = 60;

    private ExternalTools() {
    }

    /** Exit status and combined output of a finished command. */
    public record Result(List<String> command, int exit, String output) {
        @Override
        public String toString() {
            return String.join(" ", command) + " -> exit " + exit + "\n" + output;
        }
    }

    /** Runs {@code command} in {@code dir}; fails if it does not finish within a minute. */
    public static Result run(Path dir, String... command) {
        List<String> cmd = List.of(command);
        try {
            Path out = Files.createTempFile(dir, "tool", ".out");
            Process p = new ProcessBuilder(new ArrayList<>(cmd)).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", cmd) + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            Files.delete(out);
            return new Result(cmd, p.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + cmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + cmd, e);
        }
    }

    /**
     * A PKCS#10 request made by {@code openssl req} with a new EC P-256 key; {@code subject} in
     * OpenSSL's {@code /C=VN/CN=...} form, UTF-8.
     *
     * @return the request, PEM
     */
    public static String opensslCsr(Path dir, String name, String subject) {
        Result r = run(dir, "openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-nodes", "-keyout", name + ".key", "-out", name + ".csr", "-subj", subject, "-utf8");
        if (r.exit() != 0) {
            throw new IllegalStateException("openssl req failed: " + r);
        }
        try {
            return Files.readString(dir.resolve(name + ".csr"), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one PEM certificate. */
    public static X509Certificate certificate(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not a PEM certificate: " + pem, e);
        }
    }

    /** Writes PEM text to {@code dir/name}. */
    public static Path write(Path dir, String name, String... pems) {
        try {
            return Files.writeString(dir.resolve(name), String.join("", pems), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
