package vn.govca.crl.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.govca.crl.bench.CrlWriteBenchmark;
import vn.govca.crl.domain.RevokedEntrySource;
import vn.govca.crl.domain.WrittenCrl;
import vn.govca.crl.testing.CrlFixture;
import vn.govca.crl.testing.SyntheticRevocations;
import vn.govca.pki.domain.cert.Pem;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.testing.ExternalTool;

/**
 * CRLs of hundreds of thousands to a million entries: the writer's memory does not grow with the
 * entries (DESIGN "Scale"), and OpenSSL reads and verifies what it streams.
 */
class LargeCrlTest {

    private static final Pattern RESULT = Pattern.compile("entries=(\\d+) bytes=(\\d+) .*maxHeapMB=(\\d+)");

    @TempDir
    Path dir;

    /**
     * A million entries (about 54 MB of DER) in a JVM whose whole heap is 24 MB: holding the
     * entries, or even only their DER, would run out of memory.
     */
    @Test
    void writeFile_millionEntriesIn24MegabyteHeap_completesAndVerifies() throws Exception {
        Path crl = dir.resolve("big.crl");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        ExternalTool.Result r = ExternalTool.run(dir, java, "-Xmx24m", "-XX:+UseSerialGC", "-cp", classPath,
                CrlWriteBenchmark.class.getName(), "1000000", "EC_P256", crl.toString());

        assertThat(r.exitCode()).as(r.output()).isZero();
        Matcher m = RESULT.matcher(r.output());
        assertThat(m.find()).as(r.output()).isTrue();
        assertThat(Long.parseLong(m.group(1))).isEqualTo(1_000_000L);
        assertThat(Long.parseLong(m.group(3))).isLessThanOrEqualTo(24);
        assertThat(Files.size(crl)).isEqualTo(Long.parseLong(m.group(2))).isGreaterThan(50_000_000L);
        X509CertificateHolder ca = new X509CertificateHolder(
                Pem.decode(Files.readString(dir.resolve("ca.pem"), StandardCharsets.US_ASCII), Pem.CERTIFICATE));
        assertThat(CrlSignatureVerifier.isSignatureValid(crl, ca.getSubjectPublicKeyInfo())).isTrue();
    }

    @Test
    void writeFile_200kEntries_opensslCountsAndVerifies() throws Exception {
        CrlFixture ca = CrlFixture.create(KeySpec.EC_P256);
        Path crl = dir.resolve("ca.crl");
        ca.writeCaPem(dir);

        WrittenCrl written = new StreamingCrlWriter(dir).writeFile(ca.full(77).build(),
                RevokedEntrySource.of(new SyntheticRevocations(200_000, Instant.parse("2025-03-01T00:00:00Z"), 7)),
                ca.signer(), crl);

        assertThat(written.entryCount()).isEqualTo(200_000);
        assertThat(Files.size(crl)).isEqualTo(written.length()).isBetween(200_000L * 45, 200_000L * 60);
        ExternalTool.Result verify = ExternalTool.run(dir, "openssl", "crl", "-inform", "DER", "-in", "ca.crl",
                "-noout", "-CAfile", "ca.pem", "-verify", "-crlnumber");
        assertThat(verify.exitCode()).as(verify.output()).isZero();
        assertThat(verify.output()).contains("verify OK", "crlNumber=0x4D");
        ExternalTool.Result count = ExternalTool.run(dir, "sh", "-c",
                "openssl crl -inform DER -in ca.crl -noout -text | grep -c 'Serial Number:'");
        assertThat(count.output().strip()).isEqualTo("200000");
        assertThat(written.crlNumber()).isEqualTo(BigInteger.valueOf(77));
    }
}
