package vn.govca.ca.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.GovCaException;

class OwnAccountRuleTest {

    private static final Principal ADMIN = new Principal(7, "admin", Role.CA_ADMIN, "password");

    @Test
    void refuseOwn_ownAccount_forbidden() {
        assertThatThrownBy(() -> OwnAccountRule.refuseOwn(ADMIN, 7, "disable")).isInstanceOf(GovCaException.class)
                .satisfies(e -> assertThat(((GovCaException) e).category()).isEqualTo(GovCaException.Category.FORBIDDEN));
    }

    @Test
    void refuseOwn_otherAccount_allowed() {
        assertThatCode(() -> OwnAccountRule.refuseOwn(ADMIN, 8, "disable")).doesNotThrowAnyException();
    }
}
