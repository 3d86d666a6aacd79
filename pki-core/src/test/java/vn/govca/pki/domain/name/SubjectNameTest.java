package vn.govca.pki.domain.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

class SubjectNameTest {

    private static final String PERSONAL =
            "C=VN, L=Hà Nội, O=Ban Cơ yếu Chính phủ, OU=Cục Chứng thực số và Bảo mật thông tin, CN=Phạm Văn A";

    /** The value of each RDN as it was decoded from the DER, in order. */
    private static List<ASN1Encodable> derValues(SubjectName name) throws Exception {
        ASN1Sequence seq = (ASN1Sequence) ASN1Primitive.fromByteArray(name.toX500Name().getEncoded("DER"));
        return java.util.stream.StreamSupport.stream(seq.spliterator(), false)
                .map(rdn -> ((ASN1Sequence) ((ASN1Set) rdn).getObjectAt(0)).getObjectAt(1))
                .toList();
    }

    @Test
    void toX500Name_personalName_countryPrintableOthersUtf8() throws Exception {
        List<ASN1Encodable> values = derValues(SubjectName.parse(PERSONAL));
        assertThat(values).hasSize(5);
        assertThat(values.get(0)).isInstanceOf(DERPrintableString.class);
        assertThat(values.subList(1, 5)).allSatisfy(v -> assertThat(v).isInstanceOf(DERUTF8String.class));
        assertThat(((DERUTF8String) values.get(2)).getString()).isEqualTo("Ban Cơ yếu Chính phủ");
        assertThat(((DERUTF8String) values.get(4)).getString()).isEqualTo("Phạm Văn A");
    }

    @Test
    void toX500Name_utf8Bytes_exactlyTheNfcEncoding() throws Exception {
        byte[] der = SubjectName.parse("O=Ban Cơ yếu Chính phủ").toX500Name().getEncoded("DER");
        byte[] expected = "Ban Cơ yếu Chính phủ".getBytes(StandardCharsets.UTF_8);
        // DER UTF8String: tag 0x0C, length, then the UTF-8 bytes
        int at = indexOf(der, expected);
        assertThat(at).isGreaterThan(1);
        assertThat(der[at - 2]).isEqualTo((byte) 0x0C);
        assertThat(der[at - 1]).isEqualTo((byte) expected.length);
    }

    @Test
    void parse_decomposedDiacritics_normalizedToNfc() throws Exception {
        String nfd = Normalizer.normalize("Bộ Tài chính", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Bộ Tài chính");
        SubjectName name = SubjectName.parse("O=" + nfd);
        assertThat(name.first(DnAttribute.O)).contains("Bộ Tài chính");
        assertThat(((DERUTF8String) derValues(name).get(0)).getString()).isEqualTo("Bộ Tài chính");
    }

    @Test
    void toX500Name_uidEmailSerialTitle_typesAndOids() throws Exception {
        SubjectName name = SubjectName.parse(
                "C=VN, T=Chuyên viên, CN=Nguyễn Thị B, UID=CCCD:001099012345, E=b@mof.gov.vn, SERIALNUMBER=0123-45");
        List<ASN1Encodable> values = derValues(name);
        assertThat(values.get(1)).isInstanceOf(DERUTF8String.class);
        assertThat(values.get(3)).isInstanceOf(DERUTF8String.class);
        assertThat(values.get(4)).isInstanceOf(DERIA5String.class);
        assertThat(values.get(5)).isInstanceOf(DERPrintableString.class);
        X500Name x = name.toX500Name();
        assertThat(x.getRDNs(BCStyle.UID)).hasSize(1);
        assertThat(x.getRDNs(BCStyle.T)).hasSize(1);
        assertThat(x.getRDNs(BCStyle.EmailAddress)).hasSize(1);
    }

    @Test
    void parse_orderPreserved_derOrderMostSignificantFirst() {
        X500Name x = SubjectName.parse(PERSONAL).toX500Name();
        RDN[] rdns = x.getRDNs();
        assertThat(rdns[0].getFirst().getType()).isEqualTo(BCStyle.C);
        assertThat(rdns[4].getFirst().getType()).isEqualTo(BCStyle.CN);
    }

    @Test
    void toString_escapesSpecials_roundTrips() {
        SubjectName name = new SubjectName(List.of(
                new NameEntry(DnAttribute.C, "VN"),
                new NameEntry(DnAttribute.O, "Sở Tài chính, Hà Nội"),
                new NameEntry(DnAttribute.CN, "A+B=C\\D")));
        assertThat(name.toString()).isEqualTo("C=VN, O=Sở Tài chính\\, Hà Nội, CN=A\\+B\\=C\\\\D");
        assertThat(SubjectName.parse(name.toString())).isEqualTo(name);
    }

    @Test
    void parse_attributeNamesCaseInsensitiveAndAliases_accepted() {
        SubjectName name = SubjectName.parse("c=VN, emailAddress=a@b.vn, commonName=X, st=Sơn La");
        assertThat(name.values(DnAttribute.E)).containsExactly("a@b.vn");
        assertThat(name.first(DnAttribute.ST)).contains("Sơn La");
    }

    @Test
    void parse_emptyText_emptyName() {
        assertThat(SubjectName.parse("  ").isEmpty()).isTrue();
        assertThat(SubjectName.empty().toX500Name().getRDNs()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"C=vn", "C=VNM", "C=V1", "CN=", "CN=a, CN=b", "X=1", "CN", "CN=a+O=b", "CN=a\\",
        "E=không-ascii@x.vn", "E=no-at-sign", "SERIALNUMBER=ab_c", "CN=a=b", "CN=a\u0000b"})
    void parse_invalid_malformed(String text) {
        assertThatThrownBy(() -> SubjectName.parse(text)).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }

    @Test
    void nameEntry_tooLong_malformed() {
        assertThatThrownBy(() -> new NameEntry(DnAttribute.CN, "x".repeat(65)))
                .isInstanceOfSatisfying(GovCaException.class, e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
        assertThat(new NameEntry(DnAttribute.CN, "ệ".repeat(64)).value()).hasSize(64);
    }

    @Test
    void repeatedOu_allowed() {
        SubjectName name = SubjectName.parse("OU=Phòng A, OU=Tổ B");
        assertThat(name.values(DnAttribute.OU)).containsExactly("Phòng A", "Tổ B");
    }

    @Test
    void fromJson_objectWithArray_inOrder() {
        var json = Json.createReader(new StringReader(
                "{\"C\":\"VN\",\"O\":\"BỘ TÀI CHÍNH\",\"OU\":[\"A\",\"B\"],\"CN\":\"CỤC THUẾ\"}")).readObject();
        SubjectName name = SubjectName.fromJson(json);
        assertThat(name.toString()).isEqualTo("C=VN, O=BỘ TÀI CHÍNH, OU=A, OU=B, CN=CỤC THUẾ");
    }

    @Test
    void fromJson_arrayOfPairs_inOrder() {
        var json = Json.createReader(new StringReader("[{\"C\":\"VN\"},{\"cn\":\"X\"}]")).readArray();
        assertThat(SubjectName.fromJson(json).toString()).isEqualTo("C=VN, CN=X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"C=VN\"", "{\"C\":1}", "[{\"C\":\"VN\",\"O\":\"x\"}]", "{\"Z\":\"x\"}", "{\"OU\":[1]}"})
    void fromJson_badShape_malformed(String text) {
        var json = Json.createReader(new StringReader(text)).readValue();
        assertThatThrownBy(() -> SubjectName.fromJson(json)).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }

    @Test
    void fromX500Name_bmpStringsFromCsr_reencodedAsUtf8() throws Exception {
        X500Name csrName = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.CN,
                new org.bouncycastle.asn1.DERBMPString("Trần Văn C")).build();
        SubjectName name = SubjectName.fromX500Name(csrName);
        assertThat(derValues(name).get(1)).isInstanceOf(DERUTF8String.class);
        assertThat(name.first(DnAttribute.CN)).contains("Trần Văn C");
    }

    @Test
    void fromX500Name_unsupportedAttribute_policyViolation() {
        X500Name x = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.DC, "vn").build();
        assertThatThrownBy(() -> SubjectName.fromX500Name(x)).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.POLICY_VIOLATION));
    }

    @Test
    void fromX500Name_multiValuedRdn_policyViolation() {
        X500Name x = new X500NameBuilder(BCStyle.INSTANCE)
                .addMultiValuedRDN(new org.bouncycastle.asn1.ASN1ObjectIdentifier[] {BCStyle.CN, BCStyle.UID},
                        new String[] {"a", "b"}).build();
        assertThatThrownBy(() -> SubjectName.fromX500Name(x)).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.POLICY_VIOLATION));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
