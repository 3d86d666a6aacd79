package vn.govca.pki.infrastructure.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.name.DnsName;
import vn.govca.pki.domain.name.SubjectName;
import vn.govca.pki.testing.TestKeys;

class CsrBuilderTest {

    private static final SubjectName CA = SubjectName.parse("C=VN, O=Ban Cơ yếu Chính phủ, CN=CA phục vụ các cơ quan Đảng G2");

    @Test
    void forCaKey_ecP384_parsesWithCaExtensionRequest() throws Exception {
        KeyPair key = TestKeys.shared(KeySpec.EC_P384, 4);
        byte[] der = CsrBuilder.forCaKey(CA, SubjectPublicKeyInfo.getInstance(key.getPublic().getEncoded()),
                TestKeys.signer(key.getPrivate(), "SHA384withECDSA"));
        ParsedCsr csr = CsrParser.parse(der);
        assertThat(csr.subjectName()).isEqualTo(CA);
        Extensions ext = Extensions.getInstance(new PKCS10CertificationRequest(der)
                .getAttributes(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest)[0].getAttrValues().getObjectAt(0));
        assertThat(BasicConstraints.fromExtensions(ext).isCA()).isTrue();
        assertThat(KeyUsage.fromExtensions(ext).hasUsages(KeyUsage.keyCertSign | KeyUsage.cRLSign)).isTrue();
    }

    @Test
    void forEndEntity_dnsNames_roundTrip() {
        KeyPair key = TestKeys.leaf(KeySpec.EC_P256);
        byte[] der = CsrBuilder.forEndEntity(SubjectName.empty(), SubjectPublicKeyInfo.getInstance(key.getPublic().getEncoded()),
                List.of(new DnsName("ocsp.govca.vn")), TestKeys.signer(key.getPrivate(), "SHA256withECDSA"));
        assertThat(CsrParser.parse(der).dnsNames()).containsExactly(new DnsName("ocsp.govca.vn"));
    }

    @Test
    void forCaKey_signerOfAnotherKey_internal() {
        KeyPair key = TestKeys.shared(KeySpec.EC_P384, 4);
        KeyPair other = TestKeys.shared(KeySpec.EC_P384, 5);
        assertThatThrownBy(() -> CsrBuilder.forCaKey(CA, SubjectPublicKeyInfo.getInstance(key.getPublic().getEncoded()),
                TestKeys.signer(other.getPrivate(), "SHA384withECDSA")))
                .isInstanceOfSatisfying(GovCaException.class, e -> assertThat(e.category()).isEqualTo(Category.INTERNAL));
    }
}
