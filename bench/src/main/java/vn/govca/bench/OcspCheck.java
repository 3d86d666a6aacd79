package vn.govca.bench;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * Checks, while the load runs, that an OCSP responder answers what the data set says (RFC 6960
 * §4.2): a sample of requests from {@link OcspBenchData}'s files, half of them for revoked
 * certificates, alternately by GET and POST (or POST with a fresh nonce, {@code --nonce true}),
 * each answer parsed and checked: successful, signed by the certificate it carries (or
 * {@code --responder-cert}), one SingleResponse for the asked serial, status good or revoked with
 * the stored time (to the second) and reason, thisUpdate not in the future, nextUpdate ahead;
 * with a nonce, the nonce echoed.
 *
 * <p>Prints one JSON line ({@code checked}, {@code revokedChecked}, {@code mismatches},
 * {@code firstMismatch}); exit code 0 when every answer was right, 1 otherwise, 2 on bad arguments.
 */
public final class OcspCheck {

    private static final Set<String> OPTIONS = Set.of("url", "data", "seconds", "rate", "get-file", "nonce",
            "responder-cert", "methods");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final DateTimeFormatter SQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private record Row(BigInteger serial, boolean revoked, int reason, Instant revokedAt, String postHex,
                       String getPath) {
    }

    private OcspCheck() {
    }

    public static void main(String[] argv) throws Exception {
        // a new connection per check: openssl's responder answers one request per connection
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "connection");
        Args args;
        try {
            args = Args.parse(argv, OPTIONS);
        } catch (IllegalArgumentException e) {
            System.err.println("OcspCheck: " + e.getMessage());
            System.exit(2);
            return;
        }
        String url = args.required("url");
        Path data = Path.of(args.required("data"));
        int seconds = args.number("seconds", 20, 1, 3600);
        int rate = args.number("rate", 50, 1, 10_000);
        boolean nonce = Boolean.parseBoolean(args.optional("nonce", "false"));
        String methods = args.optional("methods", "get,post").toLowerCase(java.util.Locale.ROOT);
        X509CertificateHolder fixedSigner = args.optional("responder-cert", null) == null ? null
                : new X509CertificateHolder(OcspBenchData.readCertificate(Path.of(args.optional("responder-cert", "")))
                        .getEncoded());
        List<Row> rows = load(data, args.optional("get-file", "get-b64url.txt"));
        List<Row> revoked = rows.stream().filter(Row::revoked).toList();
        // HTTP/1.1: an h2c upgrade request sends openssl ocsp's responder into a busy loop
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        SecureRandom random = new SecureRandom();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long checked = 0;
        long revokedChecked = 0;
        long mismatches = 0;
        String first = null;
        while (System.nanoTime() < end) {
            long started = System.nanoTime();
            Row row = (checked % 2 == 0 && !revoked.isEmpty() ? revoked : rows).get(random.nextInt(
                    checked % 2 == 0 && !revoked.isEmpty() ? revoked.size() : rows.size()));
            boolean get = !nonce && methods.contains("get") && (!methods.contains("post") || checked % 4 < 2);
            String problem;
            try {
                problem = checkOne(http, url, row, get, nonce, random, fixedSigner);
            } catch (IOException | RuntimeException e) {
                problem = "request failed: " + e;
            }
            checked++;
            if (row.revoked()) {
                revokedChecked++;
            }
            if (problem != null) {
                mismatches++;
                if (first == null) {
                    first = (get ? "GET " : "POST ") + row.serial().toString(16) + ": " + problem;
                }
            }
            long pause = 1_000_000_000L / rate - (System.nanoTime() - started);
            if (pause > 0) {
                Thread.sleep(pause / 1_000_000, (int) (pause % 1_000_000));
            }
        }
        System.out.println("{\"tool\":\"OcspCheck\",\"url\":\"" + IssuanceBench.json(url) + "\",\"nonce\":" + nonce
                + ",\"checked\":" + checked + ",\"revokedChecked\":" + revokedChecked + ",\"mismatches\":" + mismatches
                + ",\"firstMismatch\":" + (first == null ? "null" : "\"" + IssuanceBench.json(first) + "\"") + "}");
        System.exit(mismatches == 0 && checked > 0 ? 0 : 1);
    }

    private static List<Row> load(Path data, String getFile) throws IOException {
        List<String> tsv = Files.readAllLines(data.resolve("certs.tsv"));
        List<String> post = Files.readAllLines(data.resolve("post.hex"));
        List<String> get = Files.readAllLines(data.resolve(getFile));
        List<Row> rows = new ArrayList<>(post.size());
        for (int i = 0; i < post.size(); i++) {
            String[] f = tsv.get(i).split("\t");
            boolean revoked = f[1].equals("REVOKED");
            rows.add(new Row(new BigInteger(f[0], 16), revoked, revoked ? Integer.parseInt(f[6]) : -1,
                    revoked ? LocalDateTime.parse(f[7], SQL).toInstant(ZoneOffset.UTC) : null, post.get(i), get.get(i)));
        }
        return rows;
    }

    /** @return null when the answer is right, else what is wrong */
    private static String checkOne(HttpClient http, String url, Row row, boolean get, boolean nonce,
            SecureRandom random, X509CertificateHolder fixedSigner) throws IOException, InterruptedException {
        byte[] body = HexFormat.of().parseHex(row.postHex());
        byte[] nonceValue = null;
        if (nonce) {
            nonceValue = new byte[OcspBenchData.NONCE_OCTETS];
            random.nextBytes(nonceValue);
            body = withNonce(body, nonceValue);
        }
        HttpRequest request = get ? HttpRequest.newBuilder(URI.create(url + "/" + row.getPath())).timeout(TIMEOUT)
                        .header("Connection", "close").GET().build()
                : HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Connection", "close")
                        .header("Content-Type", "application/ocsp-request")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            return "HTTP " + response.statusCode();
        }
        return verify(response.body(), row, nonceValue, fixedSigner);
    }

    private static byte[] withNonce(byte[] plain, byte[] nonceValue) throws IOException {
        org.bouncycastle.cert.ocsp.OCSPReq req = new org.bouncycastle.cert.ocsp.OCSPReq(plain);
        try {
            return new org.bouncycastle.cert.ocsp.OCSPReqBuilder().addRequest(req.getRequestList()[0].getCertID())
                    .setRequestExtensions(new org.bouncycastle.asn1.x509.Extensions(new Extension(
                            OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                            new DEROctetString(new DEROctetString(nonceValue))))).build().getEncoded();
        } catch (org.bouncycastle.cert.ocsp.OCSPException e) {
            throw new IOException(e);
        }
    }

    private static String verify(byte[] der, Row row, byte[] nonceValue, X509CertificateHolder fixedSigner) {
        try {
            OCSPResp resp = new OCSPResp(der);
            if (resp.getStatus() != OCSPResp.SUCCESSFUL) {
                return "responseStatus " + resp.getStatus();
            }
            BasicOCSPResp basic = (BasicOCSPResp) resp.getResponseObject();
            X509CertificateHolder signer = basic.getCerts().length > 0 ? basic.getCerts()[0] : fixedSigner;
            if (signer == null || !basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(signer))) {
                return "signature does not verify";
            }
            SingleResp[] singles = basic.getResponses();
            if (singles.length != 1 || !singles[0].getCertID().getSerialNumber().equals(row.serial())) {
                return "not one SingleResponse for the asked serial";
            }
            Instant now = Instant.now();
            if (singles[0].getThisUpdate().toInstant().isAfter(now.plusSeconds(5))
                    || (singles[0].getNextUpdate() != null && !singles[0].getNextUpdate().toInstant().isAfter(now))) {
                return "thisUpdate/nextUpdate do not bracket now";
            }
            Object status = singles[0].getCertStatus();
            if (!row.revoked()) {
                return status == null ? null : "expected good, got " + status.getClass().getSimpleName();
            }
            if (!(status instanceof RevokedStatus r)) {
                return "expected revoked, got " + (status == null ? "good" : status.getClass().getSimpleName());
            }
            long seconds = r.getRevocationTime().toInstant().getEpochSecond();
            if (seconds != row.revokedAt().getEpochSecond()) {
                return "revocation time " + r.getRevocationTime().toInstant() + ", expected " + row.revokedAt();
            }
            if (!r.hasRevocationReason() || r.getRevocationReason() != row.reason()) {
                return "revocation reason " + (r.hasRevocationReason() ? r.getRevocationReason() : "absent")
                        + ", expected " + row.reason();
            }
            if (nonceValue != null) {
                Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
                if (echoed == null || !Arrays.equals(echoed.getExtnValue().getOctets(),
                        new DEROctetString(nonceValue).getEncoded())) {
                    return "nonce not echoed";
                }
            }
            return null;
        } catch (Exception e) {
            return "unparsable answer: " + e;
        }
    }
}
