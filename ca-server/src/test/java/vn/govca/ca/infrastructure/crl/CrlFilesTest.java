package vn.govca.ca.infrastructure.crl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.govca.crl.domain.CrlIssuer;
import vn.govca.crl.domain.CrlSpec;
import vn.govca.crl.domain.RevokedEntry;
import vn.govca.crl.domain.RevokedEntrySource;
import vn.govca.crl.infrastructure.StreamingCrlWriter;
import vn.govca.db.domain.CrlKind;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.testing.TestPki;

/** The publish directory: descriptions read from real CRLs, replaced files, leftovers. */
class CrlFilesTest {

    private static final Instant THIS_UPDATE = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant NEXT_UPDATE = THIS_UPDATE.plus(Duration.ofMinutes(90));
    private static final String CA = "CA-Test";

    static TestPki pki;
    static CrlIssuer issuer;

    @TempDir
    Path dir;

    @BeforeAll
    static void hierarchy() {
        pki = TestPki.create(KeySpec.EC_P384, KeySpec.EC_P256);
        issuer = CrlIssuer.of(pki.sub.holder(), pki.subAlgorithm);
    }

    @Test
    void describe_fullCrlWithEntries_numbersTimesLengthAndSha256OfTheFile() throws Exception {
        CrlFiles files = new CrlFiles(dir.resolve("crl"), dir.resolve("spool"));
        write(files, CrlSpec.full(issuer, BigInteger.valueOf(41), THIS_UPDATE, NEXT_UPDATE)
                .freshestCrl(java.net.URI.create("http://pki.govca.test/crl/CA-Test-delta.crl")).build(), 3);

        CrlFileInfo info = files.describe(CA, CrlKind.FULL).orElseThrow();

        Path file = files.path(CA, CrlKind.FULL);
        assertThat(file.getFileName().toString()).isEqualTo("CA-Test.crl");
        assertThat(info.crlNumber()).isEqualTo(41);
        assertThat(info.isDelta()).isFalse();
        assertThat(info.thisUpdate()).isEqualTo(THIS_UPDATE);
        assertThat(info.nextUpdate()).isEqualTo(NEXT_UPDATE);
        assertThat(info.length()).isEqualTo(Files.size(file));
        assertThat(info.sha256()).isEqualTo(sha256(file));
    }

    @Test
    void describe_deltaCrl_hasBaseNumber() {
        CrlFiles files = new CrlFiles(dir.resolve("crl"), dir.resolve("spool"));
        write(files, CrlSpec.delta(issuer, BigInteger.valueOf(42), BigInteger.valueOf(41), THIS_UPDATE, NEXT_UPDATE)
                .build(), 0);

        CrlFileInfo info = files.describe(CA, CrlKind.DELTA).orElseThrow();

        assertThat(files.path(CA, CrlKind.DELTA).getFileName().toString()).isEqualTo("CA-Test-delta.crl");
        assertThat(info.crlNumber()).isEqualTo(42);
        assertThat(info.base()).contains(BigInteger.valueOf(41));
    }

    @Test
    void open_fileReplacedAfterDescribe_describesTheNewFile() throws IOException {
        CrlFiles files = new CrlFiles(dir.resolve("crl"), dir.resolve("spool"));
        write(files, CrlSpec.full(issuer, BigInteger.ONE, THIS_UPDATE, NEXT_UPDATE).build(), 1);
        assertThat(files.describe(CA, CrlKind.FULL).orElseThrow().crlNumber()).isEqualTo(1);
        write(files, CrlSpec.full(issuer, BigInteger.TWO, THIS_UPDATE.plusSeconds(60), NEXT_UPDATE).build(), 1);

        try (CrlFiles.Opened opened = files.open(CA, CrlKind.FULL).orElseThrow()) {
            byte[] content = opened.stream().readAllBytes();

            assertThat(opened.info().crlNumber()).isEqualTo(2);
            assertThat(content).hasSize((int) opened.info().length());
            assertThat(HexFormat.of().formatHex(sha256(content))).isEqualTo(opened.info().sha256());
        }
    }

    @Test
    void describe_noFile_empty() {
        CrlFiles files = new CrlFiles(dir.resolve("crl"), dir.resolve("spool"));

        assertThat(files.describe(CA, CrlKind.FULL)).isEmpty();
        assertThat(files.open(CA, CrlKind.DELTA)).isEmpty();
    }

    @Test
    void describe_truncatedOrForeignFile_malformed() throws IOException {
        CrlFiles files = new CrlFiles(dir.resolve("crl"), dir.resolve("spool"));
        write(files, CrlSpec.full(issuer, BigInteger.ONE, THIS_UPDATE, NEXT_UPDATE).build(), 2);
        Path file = files.path(CA, CrlKind.FULL);
        byte[] der = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(der, der.length - 10));

        assertThatThrownBy(() -> files.describe(CA, CrlKind.FULL)).isInstanceOf(GovCaException.class)
                .extracting(e -> ((GovCaException) e).category()).isEqualTo(GovCaException.Category.MALFORMED);

        Files.write(file, pki.sub.der());
        assertThatThrownBy(() -> files.describe(CA, CrlKind.FULL)).isInstanceOf(GovCaException.class)
                .extracting(e -> ((GovCaException) e).category()).isEqualTo(GovCaException.Category.MALFORMED);
    }

    @Test
    void constructor_leftoversOfInterruptedPublication_removedCrlsKept() throws IOException {
        Path crl = Files.createDirectories(dir.resolve("crl"));
        Path spool = Files.createDirectories(dir.resolve("spool"));
        Files.write(crl.resolve("CA-Test.crl.123.tmp"), new byte[] {1});
        Files.write(spool.resolve("crl-entries-9.der"), new byte[] {1});
        Files.write(crl.resolve("CA-Test.crl"), new byte[] {1});

        new CrlFiles(crl, spool);

        try (var left = Files.list(crl)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("CA-Test.crl");
        }
        try (var left = Files.list(spool)) {
            assertThat(left).isEmpty();
        }
    }

    private static void write(CrlFiles files, CrlSpec spec, int entries) {
        List<RevokedEntry> list = java.util.stream.IntStream.range(0, entries)
                .mapToObj(i -> RevokedEntry.of(BigInteger.valueOf(1000 + i), THIS_UPDATE.minusSeconds(i), 1)).toList();
        CrlKind kind = spec.isDelta() ? CrlKind.DELTA : CrlKind.FULL;
        new StreamingCrlWriter(files.spoolDirectory()).writeFile(spec, RevokedEntrySource.of(list), pki.subSigner(),
                files.path(CA, kind));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(sha256(Files.readAllBytes(file)));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
