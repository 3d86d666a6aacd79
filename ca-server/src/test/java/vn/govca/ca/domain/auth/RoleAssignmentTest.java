package vn.govca.ca.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.pki.domain.GovCaException;

class RoleAssignmentTest {

    @Test
    void constructor_managerWithProvinceOrAgencyOrNothing_accepted() {
        assertThat(new RoleAssignment(Role.SUBSCRIBER_MANAGER, 14L, null).scopeText()).isEqualTo("province #14");
        assertThat(new RoleAssignment(Role.SUBSCRIBER_MANAGER, null, 40L).scopeText()).isEqualTo("agency tree #40");
        assertThat(new RoleAssignment(Role.SUBSCRIBER_MANAGER, null, null).scopeText()).isEqualTo("no scope");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "SUBSCRIBER_MANAGER", mode = EnumSource.Mode.EXCLUDE)
    void constructor_otherRoleWithScope_malformed(Role role) {
        assertMalformed(() -> new RoleAssignment(role, 14L, null));
        assertMalformed(() -> new RoleAssignment(role, null, 40L));
        assertThatCode(() -> new RoleAssignment(role, null, null)).doesNotThrowAnyException();
        assertThat(new RoleAssignment(role, null, null).scopeText()).isEqualTo("everywhere");
    }

    @Test
    void constructor_bothScopesNoRoleOrNonPositiveId_malformed() {
        assertMalformed(() -> new RoleAssignment(Role.SUBSCRIBER_MANAGER, 14L, 40L));
        assertMalformed(() -> new RoleAssignment(null, null, null));
        assertMalformed(() -> new RoleAssignment(Role.SUBSCRIBER_MANAGER, 0L, null));
        assertMalformed(() -> new RoleAssignment(Role.SUBSCRIBER_MANAGER, null, -3L));
    }

    private static void assertMalformed(Runnable r) {
        assertThatThrownBy(r::run).isInstanceOf(GovCaException.class)
                .satisfies(e -> assertThat(((GovCaException) e).category()).isEqualTo(GovCaException.Category.MALFORMED));
    }
}
