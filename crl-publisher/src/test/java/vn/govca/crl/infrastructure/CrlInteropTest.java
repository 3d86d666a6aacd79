package vn.govca.crl.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.crl.domain.CrlSpec;
import vn.govca.crl.domain.RevokedEntry;
import vn.govca.crl.testing.CrlFixture;
import vn.govca.pki.domain.cert.Pem;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.testing.ExternalTool;

/**
 * Independent implementations read and verify the streamed CRLs: OpenSSL ({@code openssl crl
 * -verify}) and GnuTLS ({@code certtool --crl-info}, {@code --verify-crl}), with RSA and EC issuers.
 */
class CrlInteropTest {

    private static final Instant T = Instant.parse("2025-02-10T08:30:00Z");
    private static final URI DELTA = URI.create("http://pki.govca.test/crl/nha-nuoc-g2-delta.crl");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = KeySpec.class, names = {"EC_P256", "RSA_2048"})
    void write_fullCrl_opensslVerifiesAndReadsEntries(KeySpec key) throws Exception {
        CrlFixture ca = CrlFixture.create(key);
        write(ca, ca.full(42).freshestCrl(DELTA).build(), List.of(
                RevokedEntry.of(BigInteger.valueOf(0x1234), T, RevokedEntry.KEY_COMPROMISE, T.minusSeconds(86_400)),
                RevokedEntry.of(BigInteger.valueOf(0x5678), T, RevokedEntry.UNSPECIFIED),
                RevokedEntry.of(BigInteger.valueOf(0x9abc), T, RevokedEntry.CERTIFICATE_HOLD)));

        ExternalTool.Result r = openssl();

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("verify OK", "Version 2 (0x1)", "Key Compromise", "Certificate Hold",
                "Invalidity Date", "Feb  9 08:30:00 2025 GMT", "URI:" + DELTA, "Next Update: Mar  8 02:00:00 2025 GMT");
        assertThat(r.output()).containsPattern(Pattern.compile("CRL Number: *\\R *42"));
        assertThat(r.output()).doesNotContain("Delta CRL Indicator");
        assertThat(count(r.output(), "Serial Number:")).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(value = KeySpec.class, names = {"EC_P256", "RSA_2048"})
    void write_deltaCrl_opensslShowsIndicatorAndRemoveFromCrl(KeySpec key) throws Exception {
        CrlFixture ca = CrlFixture.create(key);
        write(ca, ca.delta(43, 42).build(), List.of(
                RevokedEntry.releasedFromHold(BigInteger.valueOf(0x9abc), T),
                RevokedEntry.of(BigInteger.valueOf(0xdef0), T, RevokedEntry.CERTIFICATE_HOLD)));

        ExternalTool.Result r = openssl();

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("verify OK", "Remove From CRL", "Certificate Hold");
        assertThat(r.output()).containsPattern(Pattern.compile("Delta CRL Indicator: critical\\R *42"));
        assertThat(r.output()).containsPattern(Pattern.compile("CRL Number: *\\R *43"));
    }

    @ParameterizedTest
    @EnumSource(value = KeySpec.class, names = {"EC_P256", "RSA_2048"})
    void write_noEntries_opensslSaysNoRevokedCertificates(KeySpec key) throws Exception {
        CrlFixture ca = CrlFixture.create(key);
        write(ca, ca.full(1).build(), List.of());

        ExternalTool.Result r = openssl();

        assertThat(r.exitCode()).as(r.output()).isZero();
        assertThat(r.output()).contains("verify OK", "No Revoked Certificates.");
    }

    @ParameterizedTest
    @EnumSource(value = KeySpec.class, names = {"EC_P256", "RSA_2048"})
    void write_currentCrl_gnutlsReadsAndVerifies(KeySpec key) throws Exception {
        CrlFixture ca = CrlFixture.create(key);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] der = write(ca, CrlSpec.full(ca.issuer, BigInteger.valueOf(300), now.minusSeconds(60),
                now.plus(Duration.ofDays(1))).build(), List.of(
                        RevokedEntry.of(BigInteger.valueOf(0x1234), T, RevokedEntry.SUPERSEDED),
                        RevokedEntry.of(BigInteger.valueOf(0x5678), T, RevokedEntry.PRIVILEGE_WITHDRAWN)));
        Files.writeString(dir.resolve("ca-crl.pem"), Pem.encode(Pem.X509_CRL, der), StandardCharsets.US_ASCII);

        ExternalTool.Result info = ExternalTool.run(dir, "certtool", "--crl-info", "--inder", "--infile", "ca.crl");
        ExternalTool.Result verify = ExternalTool.run(dir, "certtool", "--verify-crl",
                "--load-ca-certificate", "ca.pem", "--infile", "ca-crl.pem");

        assertThat(info.exitCode()).as(info.output()).isZero();
        assertThat(info.output()).contains("Version: 2", "Revoked certificates (2)", "CRL Number (not critical): 012c",
                "Authority Key Identifier (not critical)");
        assertThat(verify.exitCode()).as(verify.output()).isZero();
        assertThat(verify.output()).contains("Verified.");
    }

    private byte[] write(CrlFixture ca, CrlSpec spec, List<RevokedEntry> entries) throws Exception {
        byte[] der = ca.write(spec, entries, dir);
        Files.write(dir.resolve("ca.crl"), der);
        ca.writeCaPem(dir);
        return der;
    }

    private ExternalTool.Result openssl() throws Exception {
        return ExternalTool.run(dir, "openssl", "crl", "-inform", "DER", "-in", "ca.crl", "-noout", "-text",
                "-CAfile", "ca.pem", "-verify");
    }

    private static int count(String text, String word) {
        return text.split(Pattern.quote(word), -1).length - 1;
    }
}
