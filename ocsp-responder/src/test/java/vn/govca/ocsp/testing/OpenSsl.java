package vn.govca.ocsp.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.govca.pki.domain.cert.SignedCertificate;
import vn.govca.pki.testing.ExternalTool;

/**
 * openssl's {@code ocsp} command as an independent client: it makes requests ({@code -reqout}) and
 * checks responses ({@code -respin}: prints each certificate's status and verifies the signature
 * and the delegation chain against the root).
 */
public final class OpenSsl {

    private final Path dir;
    private final OcspTestPki pki;

    public OpenSsl(Path dir, OcspTestPki pki) throws IOException {
        this.dir = dir;
        this.pki = pki;
        Files.writeString(dir.resolve("root.pem"), pki.pki.root.pem());
        Files.writeString(dir.resolve("ca.pem"), pki.pki.sub.pem());
    }

    /** Writes {@code cert} as {@code name}.pem and returns the file name. */
    public String write(String name, SignedCertificate cert) throws IOException {
        Files.writeString(dir.resolve(name + ".pem"), cert.pem());
        return name + ".pem";
    }

    /**
     * An openssl-made request for {@code certFiles} (a name not ending in .pem is a serial number) with {@code options} placed first (e.g.
     * {@code -no_nonce}, or {@code -sha256}, which applies to the {@code -cert}s after it).
     */
    public byte[] request(List<String> certFiles, String... options) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("openssl", "ocsp"));
        cmd.addAll(List.of(options));
        cmd.addAll(List.of("-issuer", "ca.pem"));
        certFiles.forEach(f -> cmd.addAll(List.of(f.endsWith(".pem") ? "-cert" : "-serial", f)));
        cmd.addAll(List.of("-reqout", "req.der"));
        ExternalTool.Result r = ExternalTool.run(dir, cmd.toArray(new String[0]));
        if (r.exitCode() != 0) {
            throw new AssertionError("openssl ocsp -reqout failed: " + r.output());
        }
        return Files.readAllBytes(dir.resolve("req.der"));
    }

    /**
     * Checks {@code response} with openssl for {@code certFiles} (a name not ending in .pem is a
     * serial number) and returns its output ("x.pem: good", "Response verify OK", ...).
     */
    public ExternalTool.Result check(byte[] response, List<String> certFiles, String... options)
            throws IOException, InterruptedException {
        Files.write(dir.resolve("resp.der"), response);
        List<String> cmd = new ArrayList<>(List.of("openssl", "ocsp", "-respin", "resp.der",
                "-CAfile", "root.pem", "-verify_other", "ca.pem", "-no_nonce"));
        cmd.addAll(List.of(options));
        cmd.addAll(List.of("-issuer", "ca.pem"));
        certFiles.forEach(f -> cmd.addAll(List.of(f.endsWith(".pem") ? "-cert" : "-serial", f)));
        return ExternalTool.run(dir, cmd.toArray(new String[0]));
    }

    public OcspTestPki pki() {
        return pki;
    }
}
