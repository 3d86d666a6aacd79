package vn.govca.pki.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

class ProfileRulesTest {

    private final CertificateProfile personal = ProfileLoader.bundled().get("personal");

    @Test
    void resolve_optionalPurposeRequested_includedWithRequired() {
        CertificateProfile tls = ProfileLoader.bundled().get("tls-server");
        assertThat(tls.extendedKeyUsage().resolve(Set.of(ExtendedKeyUsagePurpose.CLIENT_AUTH)))
                .containsExactly(ExtendedKeyUsagePurpose.SERVER_AUTH, ExtendedKeyUsagePurpose.CLIENT_AUTH);
        assertThat(personal.extendedKeyUsage().resolve(Set.of())).isEmpty();
    }

    @Test
    void resolve_purposeOutsideProfile_policyViolation() {
        assertThatThrownBy(() -> personal.extendedKeyUsage().resolve(Set.of(ExtendedKeyUsagePurpose.SERVER_AUTH)))
                .isInstanceOfSatisfying(GovCaException.class, e -> assertThat(e.category()).isEqualTo(Category.POLICY_VIOLATION));
    }

    @Test
    void constructor_recordCopyWithLongerValidity_policyViolation() {
        assertThatThrownBy(() -> new CertificateProfile(personal.name(), personal.version(), personal.description(),
                personal.kind(), personal.keySpecs(), 4000, personal.keyUsage(), personal.extendedKeyUsage(),
                personal.certificatePolicies(), personal.subject(), personal.uidPrefixes(), personal.subjectAltName(),
                personal.suspensionAllowed(), personal.basicConstraints(), personal.distribution(), personal.ocspNoCheck()))
                .isInstanceOfSatisfying(GovCaException.class, e -> assertThat(e.category()).isEqualTo(Category.POLICY_VIOLATION));
    }

    @Test
    void ruleRecords_inconsistentParts_policyViolation() {
        for (Runnable r : new Runnable[] {
            () -> new KeyUsageRule(true, Set.of(KeyUsageBit.KEY_ENCIPHERMENT), Set.of(KeyUsageBit.KEY_ENCIPHERMENT)),
            () -> new ExtendedKeyUsageRule(false, Set.of(ExtendedKeyUsagePurpose.CLIENT_AUTH), Set.of(ExtendedKeyUsagePurpose.CLIENT_AUTH)),
            () -> new SanRule(Presence.FORBIDDEN, Presence.OPTIONAL, true),
            () -> new BasicConstraintsRule(true, true, false, 0),
            () -> new BasicConstraintsRule(false, false, true, null),
            () -> new BasicConstraintsRule(true, true, true, -1)}) {
            assertThatThrownBy(r::run).isInstanceOfSatisfying(GovCaException.class,
                    e -> assertThat(e.category()).isEqualTo(Category.POLICY_VIOLATION));
        }
    }

    @Test
    void localizedText_blank_malformed() {
        assertThatThrownBy(() -> new LocalizedText(" ", "x")).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }
}
