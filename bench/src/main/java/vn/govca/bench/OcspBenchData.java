package vn.govca.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The data set of the OCSP and CRL benchmarks (issue 3): {@code --count} certificates of one CA,
 * a fixed share of them revoked, written once in the forms each system under test reads, so all
 * of them answer for the very same certificates:
 *
 * <ul>
 *   <li>{@code certs.tsv}: rows for {@code LOAD DATA} into the {@code certificate} table (serial
 *       as the server stores it: lower-case hex, no leading zeros; status, reason, times in UTC);</li>
 *   <li>{@code index.txt}: the same certificates as an {@code openssl ca} database;</li>
 *   <li>{@code post.hex}, {@code get-b64url.txt}, {@code get-b64pct.txt}: one DER OCSP request per
 *       certificate (one SHA-1 CertID, RFC 6960 §4.1.1, no nonce) as hex for POST bodies, as
 *       base64url and as percent-encoded base64 for GET paths (RFC 6960 Appendix A.1);</li>
 *   <li>{@code nonce.hex}: per certificate the request with a 16-octet nonce (RFC 8954) split
 *       around the nonce octets ({@code prefix:suffix}), for the load tool to fill in.</li>
 * </ul>
 *
 * Serials are 159-bit (RFC 5280 §4.1.2.2), derived from {@code --seed}, 40 hex digits each.
 * {@code --requests 0} skips the request files (the CRL benchmark needs none).
 */
public final class OcspBenchData {

    private static final Set<String> OPTIONS = Set.of("issuer", "count", "revoked-percent", "out", "seed",
            "requests", "now");
    private static final DateTimeFormatter SQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter OPENSSL = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    /** CRLReason codes used for revoked rows, in turn (RFC 5280 §5.3.1), with openssl's names. */
    private static final int[] REASONS = {1, 3, 4, 5};
    private static final String[] REASON_NAMES = {null, "keyCompromise", null, "affiliationChanged", "superseded",
        "cessationOfOperation"};
    static final int NONCE_OCTETS = 16;

    private OcspBenchData() {
    }

    public static void main(String[] argv) throws Exception {
        Args args;
        try {
            args = Args.parse(argv, OPTIONS);
        } catch (IllegalArgumentException e) {
            System.err.println("OcspBenchData: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path out = Path.of(args.required("out"));
        Files.createDirectories(out);
        int count = args.number("count", 100_000, 1, 10_000_000);
        int revokedPercent = args.number("revoked-percent", 10, 0, 100);
        int requests = args.number("requests", count, 0, 10_000_000);
        long seed = Long.parseLong(args.optional("seed", "20261123"));
        Instant now = args.optional("now", null) == null ? Instant.now()
                : Instant.ofEpochSecond(Long.parseLong(args.optional("now", "0")));
        X509Certificate issuer = readCertificate(Path.of(args.required("issuer")));
        long revoked = writeRows(out, count, revokedPercent, seed, now);
        if (requests > 0) {
            writeRequests(out, issuer, Math.min(requests, count), seed);
        }
        System.out.println("{\"tool\":\"OcspBenchData\",\"certificates\":" + count + ",\"revoked\":" + revoked
                + ",\"requests\":" + Math.min(requests, count) + ",\"out\":\"" + IssuanceBench.json(out.toString())
                + "\"}");
    }

    /** The serial of certificate {@code i}: 40 hex digits, first digit 1-7 (159 bits, positive). */
    static BigInteger serial(long seed, int i) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed * 1_000_003L + i);
        StringBuilder hex = new StringBuilder(40).append((char) ('1' + r.nextInt(7)));
        while (hex.length() < 40) {
            hex.append(Character.forDigit(r.nextInt(16), 16));
        }
        return new BigInteger(hex.toString(), 16);
    }

    /** Whether certificate {@code i} is revoked: every (100 / percent)-th, spread evenly. */
    static boolean revoked(int i, int percent) {
        return percent > 0 && (i * (long) percent) / 100 != ((i + 1) * (long) percent) / 100;
    }

    private static long writeRows(Path out, int count, int revokedPercent, long seed, Instant now) throws IOException {
        Instant notBefore = now.minus(Duration.ofDays(1));
        Instant notAfter = now.plus(Duration.ofDays(365));
        long revoked = 0;
        try (BufferedWriter tsv = Files.newBufferedWriter(out.resolve("certs.tsv"));
             BufferedWriter index = Files.newBufferedWriter(out.resolve("index.txt"))) {
            for (int i = 0; i < count; i++) {
                BigInteger serial = serial(seed, i);
                String hex = serial.toString(16);
                String dn = "CN=bench-" + i + ".example.gov.vn,O=GovCA Bench,C=VN";
                boolean isRevoked = revoked(i, revokedPercent);
                int reason = REASONS[(int) (revoked % REASONS.length)];
                Instant revokedAt = now.minus(Duration.ofHours(12)).plusSeconds(revoked % 36_000);
                // serial, status, subject_dn, subject_search, not_before, not_after, reason, revocation_time
                tsv.write(hex + '\t' + (isRevoked ? "REVOKED" : "ACTIVE") + '\t' + dn + '\t' + "bench-" + i
                        + ".example.gov.vn govca bench\t" + SQL.format(notBefore) + '\t' + SQL.format(notAfter) + '\t'
                        + (isRevoked ? Integer.toString(reason) : "\\N") + '\t'
                        + (isRevoked ? SQL.format(revokedAt) : "\\N") + '\n');
                index.write((isRevoked ? "R" : "V") + '\t' + OPENSSL.format(notAfter) + '\t'
                        + (isRevoked ? OPENSSL.format(revokedAt) + ',' + REASON_NAMES[reason] : "") + '\t'
                        + hex.toUpperCase(java.util.Locale.ROOT) + "\tunknown\t/C=VN/O=GovCA Bench/CN=bench-" + i
                        + ".example.gov.vn\n");
                if (isRevoked) {
                    revoked++;
                }
            }
        }
        Files.writeString(out.resolve("index.txt.attr"), "unique_subject = no\n");
        return revoked;
    }

    private static void writeRequests(Path out, X509Certificate issuer, int count, long seed)
            throws IOException, OCSPException, OperatorCreationException {
        DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
        X509CertificateHolder issuerHolder;
        try {
            issuerHolder = new X509CertificateHolder(issuer.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IOException(e);
        }
        HexFormat hexFormat = HexFormat.of();
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        Base64.Encoder std = Base64.getEncoder();
        byte[] zeroNonce = new byte[NONCE_OCTETS];
        try (BufferedWriter post = Files.newBufferedWriter(out.resolve("post.hex"));
             BufferedWriter getUrl = Files.newBufferedWriter(out.resolve("get-b64url.txt"));
             BufferedWriter getPct = Files.newBufferedWriter(out.resolve("get-b64pct.txt"));
             BufferedWriter nonce = Files.newBufferedWriter(out.resolve("nonce.hex"))) {
            for (int i = 0; i < count; i++) {
                CertificateID id = new CertificateID(digests.get(CertificateID.HASH_SHA1), issuerHolder,
                        serial(seed, i));
                byte[] der = new OCSPReqBuilder().addRequest(id).build().getEncoded();
                post.write(hexFormat.formatHex(der) + '\n');
                getUrl.write(url.encodeToString(der) + '\n');
                getPct.write(std.encodeToString(der).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D") + '\n');
                Extension ext = new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                        new DEROctetString(new DEROctetString(zeroNonce)));
                byte[] withNonce = new OCSPReqBuilder().addRequest(id).setRequestExtensions(new Extensions(ext))
                        .build().getEncoded();
                int at = lastZeroRun(withNonce);
                nonce.write(hexFormat.formatHex(withNonce, 0, at) + ':'
                        + hexFormat.formatHex(withNonce, at + NONCE_OCTETS, withNonce.length) + '\n');
            }
        }
    }

    /** Offset of the nonce: the last run of {@link #NONCE_OCTETS} zero octets (the extension is last). */
    private static int lastZeroRun(byte[] der) {
        for (int at = der.length - NONCE_OCTETS; at >= 0; at--) {
            boolean zeros = true;
            for (int k = 0; k < NONCE_OCTETS && zeros; k++) {
                zeros = der[at + k] == 0;
            }
            if (zeros) {
                return at;
            }
        }
        throw new IllegalStateException("nonce octets not found in the request");
    }

    static X509Certificate readCertificate(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (java.security.cert.CertificateException e) {
            throw new IOException("not a certificate: " + file + " (" + e.getMessage() + ")", e);
        }
    }

}
