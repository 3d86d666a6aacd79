package vn.govca.dist.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A PKCS#10 request (RFC 2986) made by {@code openssl req} — the tool subscribers really use — and
 * the damaged variants a CA must refuse. The subject is written to an openssl configuration file
 * as UTF-8 ({@code utf8 = yes}, {@code string_mask = utf8only}), so Vietnamese names never pass
 * through a command line.
 *
 * @param pem the request, PEM ({@code CERTIFICATE REQUEST})
 */
public record OpenSslCsr(String pem) {

    private static final String BEGIN = "-----BEGIN CERTIFICATE REQUEST-----";
    private static final String END = "-----END CERTIFICATE REQUEST-----";

    /**
     * Generates a key and a request in a new directory under {@code parent}.
     *
     * @param key     {@code rsa:BITS} or {@code ec:CURVE} (an openssl curve name: P-256, secp256k1)
     * @param subject attributes in DER order as openssl names them, e.g. {@code "C=VN"},
     *                {@code "CN=Phạm Văn A"}, {@code "UID=CCCD:001099012345"}, {@code "emailAddress=…"}
     */
    public static OpenSslCsr generate(Path parent, String key, String... subject) {
        try {
            Path dir = Files.createTempDirectory(Files.createDirectories(parent), "csr-");
            Files.writeString(dir.resolve("req.cnf"), config(subject), StandardCharsets.UTF_8);
            List<String> cmd = new ArrayList<>(List.of("openssl", "req", "-new", "-batch", "-nodes", "-sha256",
                    "-config", "req.cnf", "-keyout", "key.pem", "-out", "req.pem"));
            if (key.startsWith("rsa:")) {
                cmd.addAll(List.of("-newkey", key));
            } else if (key.startsWith("ec:")) {
                cmd.addAll(List.of("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:" + key.substring(3)));
            } else {
                throw new IllegalArgumentException("key '" + key + "' is not rsa:BITS or ec:CURVE");
            }
            ExternalCommand.run(dir, cmd).requireSuccess();
            return new OpenSslCsr(Files.readString(dir.resolve("req.pem"), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the openssl request files under " + parent, e);
        }
    }

    /** The DER encoding. */
    public byte[] der() {
        String body = pem.substring(pem.indexOf(BEGIN) + BEGIN.length(), pem.indexOf(END));
        return Base64.getMimeDecoder().decode(body);
    }

    /** A well-formed PEM whose content is the first half of the DER (a truncated structure). */
    public String truncatedDer() {
        byte[] der = der();
        return pem(Arrays.copyOf(der, der.length / 2));
    }

    /** The PEM text cut in the middle of its base64, without the END line. */
    public String truncatedPem() {
        return pem.substring(0, pem.length() / 2);
    }

    /**
     * The same request with the last byte of its signature flipped: the structure is intact, the
     * signature no longer verifies (no proof of possession).
     */
    public String withBrokenSignature() {
        byte[] der = der();
        der[der.length - 1] ^= 0x01;
        return pem(der);
    }

    private static String pem(byte[] der) {
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return BEGIN + "\n" + b64 + "\n" + END + "\n";
    }

    private static String config(String... subject) {
        StringBuilder s = new StringBuilder("""
                [req]
                prompt = no
                utf8 = yes
                string_mask = utf8only
                distinguished_name = dn
                [dn]
                """);
        Map<String, Integer> seen = new HashMap<>();
        for (String attribute : subject) {
            int eq = attribute.indexOf('=');
            String name = attribute.substring(0, eq);
            int n = seen.merge(name, 1, Integer::sum);
            s.append(n - 1).append('.').append(name).append(" = ").append(attribute.substring(eq + 1)).append('\n');
        }
        return s.toString();
    }
}
