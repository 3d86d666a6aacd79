package vn.govca.crl.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Instant;
import org.bouncycastle.asn1.ASN1Enumerated;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.TBSCertList;
import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.GovCaException;

class CrlEntryEncoderTest {

    private static final Instant AT = Instant.parse("2025-03-01T02:00:00Z");
    private static final BigInteger SERIAL = new BigInteger("7f0102030405060708090a0b0c0d0e0f10111213", 16);

    @Test
    void encode_unspecifiedWithoutInvalidity_noEntryExtensions() {
        byte[] der = new CrlEntryEncoder(false).encode(RevokedEntry.of(SERIAL, AT, RevokedEntry.UNSPECIFIED));

        TBSCertList.CRLEntry entry = TBSCertList.CRLEntry.getInstance(ASN1Sequence.getInstance(der));
        assertThat(ASN1Sequence.getInstance(der).size()).isEqualTo(2);
        assertThat(entry.getUserCertificate().getValue()).isEqualTo(SERIAL);
        assertThat(entry.getRevocationDate().getDate().toInstant()).isEqualTo(AT);
    }

    @Test
    void encode_reasonAndInvalidity_nonCriticalExtensionsInOrder() throws Exception {
        Instant invalid = AT.minusSeconds(3600);

        byte[] der = new CrlEntryEncoder(false).encode(RevokedEntry.of(SERIAL, AT, RevokedEntry.KEY_COMPROMISE, invalid));

        TBSCertList.CRLEntry entry = TBSCertList.CRLEntry.getInstance(ASN1Sequence.getInstance(der));
        Extension[] ext = {entry.getExtensions().getExtension(Extension.reasonCode),
            entry.getExtensions().getExtension(Extension.invalidityDate)};
        assertThat(entry.getExtensions().getExtensionOIDs())
                .containsExactly(Extension.reasonCode, Extension.invalidityDate);
        assertThat(ext).allSatisfy(e -> assertThat(e.isCritical()).isFalse());
        assertThat(ASN1Enumerated.getInstance(ext[0].getParsedValue()).intValueExact()).isEqualTo(1);
        assertThat(ASN1GeneralizedTime.getInstance(ext[1].getParsedValue()).getDate().toInstant()).isEqualTo(invalid);
    }

    @Test
    void encode_removeFromCrlInDelta_reasonEight() {
        byte[] der = new CrlEntryEncoder(true).encode(RevokedEntry.releasedFromHold(SERIAL, AT));

        TBSCertList.CRLEntry entry = TBSCertList.CRLEntry.getInstance(ASN1Sequence.getInstance(der));
        assertThat(ASN1Enumerated.getInstance(entry.getExtensions().getExtension(Extension.reasonCode)
                .getParsedValue()).intValueExact()).isEqualTo(8);
    }

    @Test
    void encode_removeFromCrlInFullCrl_malformed() {
        assertThatThrownBy(() -> new CrlEntryEncoder(false).encode(RevokedEntry.releasedFromHold(SERIAL, AT)))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(GovCaException.Category.MALFORMED));
    }

    @Test
    void encode_smallAndHighBitSerials_minimalTwosComplement() {
        for (BigInteger serial : new BigInteger[] {BigInteger.ONE, BigInteger.valueOf(0x80), BigInteger.valueOf(0xFFFF)}) {
            byte[] der = new CrlEntryEncoder(false).encode(RevokedEntry.of(serial, AT, 4));

            assertThat(TBSCertList.CRLEntry.getInstance(ASN1Sequence.getInstance(der)).getUserCertificate().getValue())
                    .isEqualTo(serial);
        }
    }
}
