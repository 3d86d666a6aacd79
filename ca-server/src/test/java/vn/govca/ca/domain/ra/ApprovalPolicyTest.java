package vn.govca.ca.domain.ra;

import vn.govca.db.domain.RaRequestType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.auth.Role;
import vn.govca.pki.domain.GovCaException;

class ApprovalPolicyTest {

    private static final Principal OPERATOR = new Principal(2, "vanhanh", Role.CA_OPERATOR, "password");

    @Test
    void required_defaults_oneTwoTwo() {
        ApprovalPolicy p = ApprovalPolicy.defaults();
        assertThat(p.required(RaRequestType.NEW_ISSUANCE, "personal", false, false)).isEqualTo(1);
        assertThat(p.required(RaRequestType.NEW_ISSUANCE, "sub-ca", true, false)).isEqualTo(2);
        assertThat(p.required(RaRequestType.REVOCATION, "organization", false, true)).isEqualTo(2);
        assertThat(p.required(RaRequestType.REVOCATION, "personal", false, false)).isEqualTo(1);
        assertThat(p.required(RaRequestType.RENEWAL, "organization", false, true)).isEqualTo(1);
    }

    @Test
    void required_profileOverride_winsOverDefaults() {
        ApprovalPolicy p = new ApprovalPolicy(1, 2, 2, Map.of("tls-server", 3));
        assertThat(p.required(RaRequestType.NEW_ISSUANCE, "tls-server", false, false)).isEqualTo(3);
    }

    @Test
    void constructor_countOutOfRange_refused() {
        assertThatThrownBy(() -> new ApprovalPolicy(0, 2, 2, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApprovalPolicy(1, 2, 2, Map.of("x", 9))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requireMayApprove_ownRequest_forbidden() {
        assertThatThrownBy(() -> ApprovalPolicy.requireMayApprove(OPERATOR, 2, Set.of()))
                .extracting(e -> ((GovCaException) e).category()).isEqualTo(GovCaException.Category.FORBIDDEN);
    }

    @Test
    void requireMayApprove_secondApprovalBySamePerson_conflict() {
        assertThatThrownBy(() -> ApprovalPolicy.requireMayApprove(OPERATOR, 10, Set.of(2L)))
                .extracting(e -> ((GovCaException) e).category()).isEqualTo(GovCaException.Category.CONFLICT);
    }

    @Test
    void requireMayApprove_otherPersonsRequest_allowed() {
        assertThatCode(() -> ApprovalPolicy.requireMayApprove(OPERATOR, 10, Set.of(3L))).doesNotThrowAnyException();
    }
}
