package vn.govca.ocsp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.govca.ocsp.domain.CaRef;
import vn.govca.ocsp.domain.CertIdHashAlgorithm;
import vn.govca.ocsp.domain.ServedIssuer;
import vn.govca.ocsp.testing.OcspTestPki;
import vn.govca.pki.domain.GovCaException;

class IssuerDirectoryTest {

    private final OcspTestPki pki = OcspTestPki.create();

    @Test
    void find_everyHashAlgorithm_sameIssuer() {
        IssuerDirectory d = IssuerDirectory.of(List.of(pki.issuer));

        for (CertIdHashAlgorithm a : CertIdHashAlgorithm.values()) {
            assertThat(d.find(ServedIssuer.hashKey(pki.pki.sub.holder(), a))).containsSame(pki.issuer);
        }
        assertThat(d.find(ServedIssuer.hashKey(pki.pki.root.holder(), CertIdHashAlgorithm.SHA1))).isEmpty();
    }

    @Test
    void put_sameNameAndKeyUnderAnotherId_conflict() {
        IssuerDirectory d = IssuerDirectory.of(List.of(pki.issuer));
        ServedIssuer twin = new ServedIssuer(new CaRef(3, "twin"), pki.pki.sub.holder(), pki.credential);

        assertThatThrownBy(() -> d.put(twin)).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(GovCaException.Category.CONFLICT));
    }

    @Test
    void put_sameCaId_replacesAndRemoveForgets() {
        IssuerDirectory d = IssuerDirectory.of(List.of(pki.issuer));
        ServedIssuer renewed = pki.issuer.withCredential(pki.renewedCredential());

        d.put(renewed);

        assertThat(d.get(pki.ca)).containsSame(renewed);
        assertThat(d.issuers()).containsExactly(renewed);
        d.remove(pki.ca);
        assertThat(d.find(ServedIssuer.hashKey(pki.pki.sub.holder(), CertIdHashAlgorithm.SHA1))).isEmpty();
    }
}
