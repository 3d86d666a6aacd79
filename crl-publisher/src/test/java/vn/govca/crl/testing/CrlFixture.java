package vn.govca.crl.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.operator.ContentSigner;
import vn.govca.crl.domain.CrlIssuer;
import vn.govca.crl.domain.CrlSpec;
import vn.govca.crl.domain.RevokedEntry;
import vn.govca.crl.domain.RevokedEntrySource;
import vn.govca.crl.infrastructure.StreamingCrlWriter;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.testing.TestPki;

/**
 * A CA of the pki-core test hierarchy ({@link TestPki}) as a CRL issuer, with its signer and PEM
 * certificate, and helpers to write CRLs in memory.
 */
public final class CrlFixture {

    public static final Instant THIS_UPDATE = TestPki.NOW;
    public static final Instant NEXT_UPDATE = THIS_UPDATE.plus(Duration.ofDays(7));

    public final TestPki pki;
    public final CrlIssuer issuer;

    private CrlFixture(TestPki pki) {
        this.pki = pki;
        this.issuer = CrlIssuer.of(pki.sub.holder(), pki.subAlgorithm);
    }

    /**
     * The issuing CA, with a key of {@code spec}, of a new test hierarchy (root RSA-3072 or
     * EC P-384, as the root-ca profile allows).
     */
    public static CrlFixture create(KeySpec spec) {
        return new CrlFixture(TestPki.create(rootFor(spec), spec));
    }

    public static KeySpec rootFor(KeySpec spec) {
        return spec.isRsa() ? KeySpec.RSA_3072 : KeySpec.EC_P384;
    }

    public ContentSigner signer() {
        return pki.subSigner();
    }

    public CrlSpec.Builder full(long number) {
        return CrlSpec.full(issuer, BigInteger.valueOf(number), THIS_UPDATE, NEXT_UPDATE);
    }

    public CrlSpec.Builder delta(long number, long base) {
        return CrlSpec.delta(issuer, BigInteger.valueOf(number), BigInteger.valueOf(base), THIS_UPDATE, NEXT_UPDATE);
    }

    /** The DER CRL for {@code spec} and {@code entries}, written by the streaming writer. */
    public byte[] write(CrlSpec spec, List<RevokedEntry> entries, Path spoolDirectory) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StreamingCrlWriter(spoolDirectory).write(spec, RevokedEntrySource.of(entries), signer(), out);
        return out.toByteArray();
    }

    public static X509CRLHolder parse(byte[] der) {
        try {
            return new X509CRLHolder(der);
        } catch (IOException e) {
            throw new AssertionError("CRL does not parse with Bouncy Castle", e);
        }
    }

    /** Writes the issuing CA certificate as {@code ca.pem} into {@code dir}. */
    public Path writeCaPem(Path dir) throws IOException {
        return Files.writeString(dir.resolve("ca.pem"), pki.sub.pem(), StandardCharsets.US_ASCII);
    }
}
