package vn.govca.crl.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.cert.X509CRLEntryHolder;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.govca.crl.domain.CrlSpec;
import vn.govca.crl.domain.RevokedEntry;
import vn.govca.crl.domain.RevokedEntrySource;
import vn.govca.crl.domain.WrittenCrl;
import vn.govca.crl.testing.CrlFixture;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.key.KeySpec;

class StreamingCrlWriterTest {

    static final Instant T1 = Instant.parse("2025-02-10T08:30:00Z");
    static final Instant T2 = Instant.parse("2025-02-20T16:45:12Z");
    static final BigInteger S1 = new BigInteger("1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d", 16);
    static final BigInteger S2 = new BigInteger("00ff", 16);
    static final BigInteger S3 = new BigInteger("7fffffffffffffffffffffffffffffffffffffff", 16);
    static final URI DELTA = URI.create("http://pki.govca.test/crl/nha-nuoc-g2-delta.crl");

    static CrlFixture ec;

    @TempDir
    Path spool;

    @BeforeAll
    static void issuer() {
        ec = CrlFixture.create(KeySpec.EC_P256);
    }

    @Test
    void write_fullCrl_bouncyCastleReadsEveryField() throws Exception {
        CrlSpec spec = ec.full(42).freshestCrl(DELTA).build();
        List<RevokedEntry> entries = List.of(
                RevokedEntry.of(S1, T1, RevokedEntry.KEY_COMPROMISE, T1.minusSeconds(86_400)),
                RevokedEntry.of(S2, T2, RevokedEntry.UNSPECIFIED),
                RevokedEntry.of(S3, T2, RevokedEntry.CERTIFICATE_HOLD));

        X509CRLHolder crl = CrlFixture.parse(ec.write(spec, entries, spool));

        assertThat(crl.toASN1Structure().getVersionNumber()).isEqualTo(2);
        assertThat(crl.getIssuer()).isEqualTo(ec.pki.sub.holder().getSubject());
        assertThat(crl.getThisUpdate().toInstant()).isEqualTo(CrlFixture.THIS_UPDATE);
        assertThat(crl.getNextUpdate().toInstant()).isEqualTo(CrlFixture.NEXT_UPDATE);
        assertThat(CRLNumber.getInstance(crl.getExtension(Extension.cRLNumber).getParsedValue()).getCRLNumber())
                .isEqualTo(42);
        assertThat(AuthorityKeyIdentifier.fromExtensions(crl.getExtensions()).getKeyIdentifier())
                .isEqualTo(ec.issuer.keyIdentifier());
        assertThat(crl.getExtension(Extension.authorityKeyIdentifier).isCritical()).isFalse();
        assertThat(crl.getExtension(Extension.deltaCRLIndicator)).isNull();
        assertThat(CRLDistPoint.getInstance(crl.getExtension(Extension.freshestCRL).getParsedValue())
                .getDistributionPoints()[0].getDistributionPoint().getName().toString()).contains(DELTA.toString());
        assertThat(crl.isSignatureValid(new JcaContentVerifierProviderBuilder().build(ec.pki.sub.holder()))).isTrue();

        assertThat(reason(crl.getRevokedCertificate(S1))).isEqualTo(1);
        assertThat(ASN1GeneralizedTime.getInstance(crl.getRevokedCertificate(S1).getExtensions()
                .getExtension(Extension.invalidityDate).getParsedValue()).getDate().toInstant())
                .isEqualTo(T1.minusSeconds(86_400));
        assertThat(crl.getRevokedCertificate(S2).getExtensions()).isNull();
        assertThat(crl.getRevokedCertificate(S2).getRevocationDate().toInstant()).isEqualTo(T2);
        assertThat(reason(crl.getRevokedCertificate(S3))).isEqualTo(6);
    }

    @Test
    void write_fullCrl_jdkParsesAndVerifies() throws Exception {
        CrlSpec spec = ec.full(3).build();
        byte[] der = ec.write(spec, List.of(RevokedEntry.of(S1, T1, RevokedEntry.SUPERSEDED),
                RevokedEntry.of(S3, T2, RevokedEntry.AA_COMPROMISE)), spool);

        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));

        crl.verify(ec.pki.sub.certificate().getPublicKey());
        assertThat(crl.getRevokedCertificates()).hasSize(2);
        assertThat(crl.getRevokedCertificate(S1).getRevocationReason()).isEqualTo(java.security.cert.CRLReason.SUPERSEDED);
        assertThat(crl.getRevokedCertificate(S3).getRevocationReason()).isEqualTo(java.security.cert.CRLReason.AA_COMPROMISE);
        assertThat(crl.getIssuerX500Principal()).isEqualTo(ec.pki.sub.certificate().getSubjectX500Principal());
    }

    @Test
    void write_deltaCrl_criticalIndicatorHoldAndRemoveFromCrl() throws Exception {
        URI idp = URI.create("http://pki.govca.test/crl/nha-nuoc-g2.crl");
        CrlSpec spec = ec.delta(43, 42).issuingDistributionPoint(idp).build();

        X509CRLHolder crl = CrlFixture.parse(ec.write(spec, List.of(
                RevokedEntry.of(S1, T1, RevokedEntry.CERTIFICATE_HOLD),
                RevokedEntry.releasedFromHold(S2, T2)), spool));

        Extension indicator = crl.getExtension(Extension.deltaCRLIndicator);
        assertThat(indicator.isCritical()).isTrue();
        assertThat(CRLNumber.getInstance(indicator.getParsedValue()).getCRLNumber()).isEqualTo(42);
        assertThat(CRLNumber.getInstance(crl.getExtension(Extension.cRLNumber).getParsedValue()).getCRLNumber())
                .isEqualTo(43);
        assertThat(crl.getExtension(Extension.freshestCRL)).isNull();
        assertThat(crl.getExtension(Extension.issuingDistributionPoint).isCritical()).isTrue();
        assertThat(IssuingDistributionPoint.getInstance(crl.getExtension(Extension.issuingDistributionPoint)
                .getParsedValue()).getDistributionPoint().getName().toString()).contains(idp.toString());
        assertThat(reason(crl.getRevokedCertificate(S1))).isEqualTo(6);
        assertThat(reason(crl.getRevokedCertificate(S2))).isEqualTo(8);
    }

    @Test
    void write_noEntries_revokedCertificatesFieldAbsent() throws Exception {
        byte[] der = ec.write(ec.full(1).build(), List.of(), spool);

        X509CRLHolder crl = CrlFixture.parse(der);
        ASN1Sequence tbs = ASN1Sequence.getInstance(crl.toASN1Structure().getTBSCertList().toASN1Primitive());
        // version, signature, issuer, thisUpdate, nextUpdate, [0] crlExtensions: no SEQUENCE OF at all
        assertThat(tbs.size()).isEqualTo(6);
        assertThat(crl.getRevokedCertificates()).isEmpty();
        assertThat(crl.isSignatureValid(new JcaContentVerifierProviderBuilder().build(ec.pki.sub.holder()))).isTrue();
    }

    @Test
    void write_timesFrom2050_generalizedTime() throws Exception {
        Instant later = Instant.parse("2050-01-01T00:00:00Z");
        CrlSpec spec = CrlSpec.full(ec.issuer, BigInteger.TEN, Instant.parse("2049-12-31T23:00:00Z"), later).build();

        byte[] der = ec.write(spec, List.of(RevokedEntry.of(S1, later.minusSeconds(1), 1),
                RevokedEntry.of(S2, Instant.parse("2051-06-01T00:00:00Z"), 1)), spool);

        ASN1Sequence tbs = ASN1Sequence.getInstance(CrlFixture.parse(der).toASN1Structure().getTBSCertList());
        assertThat(tbs.getObjectAt(3).toASN1Primitive()).isInstanceOf(org.bouncycastle.asn1.ASN1UTCTime.class);
        assertThat(tbs.getObjectAt(4).toASN1Primitive()).isInstanceOf(ASN1GeneralizedTime.class);
        X509CRLHolder crl = CrlFixture.parse(der);
        assertThat(crl.getNextUpdate().toInstant()).isEqualTo(later);
        assertThat(crl.getRevokedCertificate(S2).getRevocationDate().toInstant())
                .isEqualTo(Instant.parse("2051-06-01T00:00:00Z"));
    }

    @Test
    void write_result_describesTheCrl() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        WrittenCrl written = new StreamingCrlWriter(spool).write(ec.full(5).build(),
                List.of(RevokedEntry.of(S1, T1, 1)).iterator(), ec.signer(), out);

        assertThat(written).isEqualTo(new WrittenCrl(BigInteger.valueOf(5), false, 1, out.size(),
                CrlFixture.THIS_UPDATE, CrlFixture.NEXT_UPDATE));
    }

    @Test
    void write_removeFromCrlInFullCrl_malformedAndNothingLeft() throws Exception {
        Path target = spool.resolve("out").resolve("ca.crl");
        Files.createDirectories(target.getParent());
        Files.write(target, new byte[] {1, 2, 3});

        assertThatThrownBy(() -> new StreamingCrlWriter(spool).writeFile(ec.full(2).build(),
                RevokedEntrySource.of(List.of(RevokedEntry.of(S1, T1, 1), RevokedEntry.releasedFromHold(S2, T2))),
                ec.signer(), target))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(GovCaException.Category.MALFORMED));
        assertThat(Files.readAllBytes(target)).containsExactly(1, 2, 3);
        assertThat(Files.list(target.getParent())).containsExactly(target);
        assertThat(Files.list(spool)).containsExactly(target.getParent());
    }

    @Test
    void write_sourceFails_failurePropagatesAndSpoolRemoved() throws Exception {
        RevokedEntrySource failing = sink -> {
            sink.accept(RevokedEntry.of(S1, T1, 1));
            throw GovCaException.unavailable("database went away", null);
        };

        assertThatThrownBy(() -> new StreamingCrlWriter(spool).write(ec.full(2).build(), failing, ec.signer(),
                new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(GovCaException.Category.UNAVAILABLE));
        assertThat(Files.list(spool)).isEmpty();
    }

    @Test
    void write_signerOfAnotherKey_internalAndTargetUnchanged() throws Exception {
        CrlFixture other = CrlFixture.create(KeySpec.EC_P256);
        Path target = spool.resolve("ca.crl");
        Files.write(target, new byte[] {9});

        assertThatThrownBy(() -> new StreamingCrlWriter(spool).writeFile(ec.full(2).build(),
                RevokedEntrySource.of(List.of(RevokedEntry.of(S1, T1, 1))),
                vn.govca.pki.testing.TestKeys.signer(other.pki.rootKey.getPrivate(), ec.issuer.signatureAlgorithm()),
                target))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(GovCaException.Category.INTERNAL));
        assertThat(Files.readAllBytes(target)).containsExactly(9);
        assertThat(Files.list(spool)).containsExactly(target);
    }

    @Test
    void write_signerWithOtherAlgorithm_internal() {
        assertThatThrownBy(() -> new StreamingCrlWriter(spool).write(ec.full(2).build(), List.<RevokedEntry>of().iterator(),
                vn.govca.pki.testing.TestKeys.signer(ec.pki.subKey.getPrivate(), "SHA384withECDSA"),
                new ByteArrayOutputStream()))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(GovCaException.Category.INTERNAL));
    }

    @Test
    void writeFile_existingCrl_replacedAndPublicReadable() throws Exception {
        Path target = spool.resolve("nha-nuoc-g2.crl");
        Files.write(target, new byte[] {9});

        WrittenCrl written = new StreamingCrlWriter(spool).writeFile(ec.full(8).build(),
                RevokedEntrySource.of(List.of(RevokedEntry.of(S1, T1, 1))), ec.signer(), target);

        assertThat(Files.size(target)).isEqualTo(written.length());
        assertThat(CrlFixture.parse(Files.readAllBytes(target)).getRevokedCertificates()).hasSize(1);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-r--r--");
        assertThat(Files.list(spool)).containsExactly(target);
    }

    static int reason(X509CRLEntryHolder entry) {
        return ASN1Enumerated.getInstance(entry.getExtensions().getExtension(Extension.reasonCode).getParsedValue())
                .intValueExact();
    }
}
