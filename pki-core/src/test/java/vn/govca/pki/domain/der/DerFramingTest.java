package vn.govca.pki.domain.der;

import static org.assertj.core.api.Assertions.assertThat;

import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.util.encoders.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DerFramingTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 127, 128, 255, 256, 65_535, 65_536, 1_000_000})
    void header_length_sameAsBouncyCastle(int length) throws Exception {
        byte[] bc = new DEROctetString(new byte[length]).getEncoded();

        byte[] ours = DerFraming.header(0x04, length);

        assertThat(ours).isEqualTo(java.util.Arrays.copyOf(bc, ours.length));
        assertThat(DerFraming.tlvSize(length)).isEqualTo(bc.length);
    }

    @Test
    void header_beyond4GiB_fiveLengthOctets() {
        assertThat(Hex.toHexString(DerFraming.header(0x30, 0x1_0000_0000L))).isEqualTo("30850100000000");
    }

    @Test
    void bitString_noUnusedBits() {
        assertThat(Hex.toHexString(DerFraming.bitString(new byte[] {1, 2}))).isEqualTo("0303000102");
    }

    @Test
    void tlv_concatenatesUnderOneHeader_sameAsBouncyCastle() throws Exception {
        byte[] a = new org.bouncycastle.asn1.ASN1Integer(5).getEncoded();
        byte[] b = new DEROctetString(new byte[200]).getEncoded();
        byte[] bc = new org.bouncycastle.asn1.DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {
            new org.bouncycastle.asn1.ASN1Integer(5), new DEROctetString(new byte[200])}).getEncoded();

        assertThat(DerFraming.tlv(DerFraming.SEQUENCE, a, b)).isEqualTo(bc);
        assertThat(DerFraming.tlv(DerFraming.SEQUENCE)).isEqualTo(new byte[] {0x30, 0});
    }
}
