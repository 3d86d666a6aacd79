package vn.govca.crl.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERGeneralizedTime;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.asn1.x509.TBSCertList;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.crl.domain.CrlSpec;
import vn.govca.crl.domain.RevokedEntry;
import vn.govca.crl.testing.CrlFixture;
import vn.govca.pki.domain.key.KeySpec;

/**
 * The streamed CRL is, up to the signature value, the one Bouncy Castle's in-memory
 * {@link X509v2CRLBuilder} makes from the same input: same TBSCertList octets, entry by entry.
 */
class BouncyCastleCrossCheckTest {

    private static final Instant T1 = Instant.parse("2025-01-05T01:02:03Z");
    private static final Instant T2 = Instant.parse("2025-02-27T23:59:59Z");
    private static final List<RevokedEntry> FULL = List.of(
            RevokedEntry.of(new BigInteger("5c3f0e8a91b2c4d6e8f0a1b3c5d7e9f0a2b4c6d8", 16), T1, RevokedEntry.KEY_COMPROMISE,
                    T1.minusSeconds(7200)),
            RevokedEntry.of(BigInteger.valueOf(0x80), T1, RevokedEntry.UNSPECIFIED),
            RevokedEntry.of(BigInteger.valueOf(77), T2, RevokedEntry.UNSPECIFIED, T2.minusSeconds(60)),
            RevokedEntry.of(new BigInteger("0123456789abcdef", 16), T2, RevokedEntry.CERTIFICATE_HOLD),
            RevokedEntry.of(BigInteger.valueOf(4242), T2, RevokedEntry.AA_COMPROMISE));

    @TempDir
    Path spool;

    @ParameterizedTest
    @EnumSource(value = KeySpec.class, names = {"EC_P256", "RSA_2048"})
    void write_fullCrl_tbsIdenticalToBouncyCastleBuilder(KeySpec key) throws Exception {
        CrlFixture ca = CrlFixture.create(key);
        URI delta = URI.create("http://pki.govca.test/crl/nha-nuoc-g2-delta.crl");
        Instant cutOff = Instant.parse("2020-01-01T00:00:00Z");
        CrlSpec spec = ca.full(1234).freshestCrl(delta).expiredCertsOnCrl(cutOff).build();

        X509v2CRLBuilder bc = builder(ca, FULL);
        bc.addExtension(Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(ca.issuer.keyIdentifier()));
        bc.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(1234)));
        bc.addExtension(Extension.freshestCRL, false, new CRLDistPoint(new DistributionPoint[] {
            new DistributionPoint(fullName(delta), null, null)}));
        bc.addExtension(Extension.expiredCertsOnCRL, false, new DERGeneralizedTime(Date.from(cutOff)));

        assertSameTbs(ca.write(spec, FULL, spool), bc.build(ca.signer()));
    }

    @ParameterizedTest
    @EnumSource(value = KeySpec.class, names = {"EC_P256", "RSA_2048"})
    void write_deltaCrl_tbsIdenticalToBouncyCastleBuilder(KeySpec key) throws Exception {
        CrlFixture ca = CrlFixture.create(key);
        URI idp = URI.create("http://pki.govca.test/crl/nha-nuoc-g2.crl");
        List<RevokedEntry> entries = List.of(
                RevokedEntry.of(BigInteger.valueOf(1001), T2, RevokedEntry.CERTIFICATE_HOLD),
                RevokedEntry.releasedFromHold(BigInteger.valueOf(1002), T2),
                RevokedEntry.of(BigInteger.valueOf(1003), T1, RevokedEntry.SUPERSEDED));
        CrlSpec spec = ca.delta(1235, 1234).issuingDistributionPoint(idp).build();

        X509v2CRLBuilder bc = builder(ca, entries);
        bc.addExtension(Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(ca.issuer.keyIdentifier()));
        bc.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(1235)));
        bc.addExtension(Extension.deltaCRLIndicator, true, new CRLNumber(BigInteger.valueOf(1234)));
        bc.addExtension(Extension.issuingDistributionPoint, true,
                new IssuingDistributionPoint(fullName(idp), false, false, null, false, false));

        assertSameTbs(ca.write(spec, entries, spool), bc.build(ca.signer()));
    }

    private static X509v2CRLBuilder builder(CrlFixture ca, List<RevokedEntry> entries) {
        X509v2CRLBuilder bc = new X509v2CRLBuilder(ca.issuer.name(), Date.from(CrlFixture.THIS_UPDATE));
        bc.setNextUpdate(Date.from(CrlFixture.NEXT_UPDATE));
        for (RevokedEntry e : entries) {
            if (e.invalidityDate() == null) {
                bc.addCRLEntry(e.serial(), Date.from(e.revocationTime()), e.reasonCode());
            } else {
                bc.addCRLEntry(e.serial(), Date.from(e.revocationTime()), e.reasonCode(), Date.from(e.invalidityDate()));
            }
        }
        return bc;
    }

    private static void assertSameTbs(byte[] ours, X509CRLHolder theirs) throws Exception {
        TBSCertList mine = CrlFixture.parse(ours).toASN1Structure().getTBSCertList();
        TBSCertList reference = theirs.toASN1Structure().getTBSCertList();
        TBSCertList.CRLEntry[] a = mine.getRevokedCertificates();
        TBSCertList.CRLEntry[] b = reference.getRevokedCertificates();
        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i].getEncoded(ASN1Encoding.DER)).as("entry %d", i).isEqualTo(b[i].getEncoded(ASN1Encoding.DER));
        }
        byte[] referenceTbs = reference.getEncoded(ASN1Encoding.DER);
        // the octets as written (not re-encoded by a parser) are the reference DER
        int outerHeader = (ours[1] & 0x80) == 0 ? 2 : 2 + (ours[1] & 0x7F);
        assertThat(Arrays.copyOfRange(ours, outerHeader, outerHeader + referenceTbs.length)).isEqualTo(referenceTbs);
        assertThat(mine.getEncoded(ASN1Encoding.DER)).isEqualTo(referenceTbs);
    }

    private static DistributionPointName fullName(URI url) {
        return new DistributionPointName(new GeneralNames(
                new GeneralName(GeneralName.uniformResourceIdentifier, url.toString())));
    }
}
