package vn.govca.ca.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

/**
 * DESIGN invariant 8: the services refuse an action unless the principal holds one of its roles.
 * The role sets below are the ones the application services pass to {@code requireAnyOf}.
 */
class PrincipalTest {

    private static final Role[] CREATE_CAS = {Role.CA_ADMIN};
    private static final Role[] ISSUE_CERTIFICATES = {Role.CA_ADMIN, Role.CA_OPERATOR};
    private static final Role[] READ_CERTIFICATES = {Role.CA_ADMIN, Role.CA_OPERATOR, Role.AUDITOR};

    @ParameterizedTest(name = "{0} as {1}: allowed={2}")
    @CsvSource({
        "create CAs,         CA_ADMIN,           true",
        "create CAs,         CA_OPERATOR,        false",
        "create CAs,         SUBSCRIBER_MANAGER, false",
        "create CAs,         AUDITOR,            false",
        "issue certificates, CA_ADMIN,           true",
        "issue certificates, CA_OPERATOR,        true",
        "issue certificates, SUBSCRIBER_MANAGER, false",
        "issue certificates, AUDITOR,            false",
        "read certificates,  CA_ADMIN,           true",
        "read certificates,  CA_OPERATOR,        true",
        "read certificates,  SUBSCRIBER_MANAGER, false",
        "read certificates,  AUDITOR,            true",
    })
    void requireAnyOf_roleMatrix_allowedOrForbidden(String action, Role role, boolean allowed) {
        Principal who = new Principal(7, "nguyenvana", role, "password");
        Role[] required = rolesFor(action);

        if (allowed) {
            assertThatCode(() -> who.requireAnyOf(action, required)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> who.requireAnyOf(action, required))
                    .isInstanceOfSatisfying(GovCaException.class,
                            e -> assertThat(e.category()).isEqualTo(Category.FORBIDDEN));
        }
    }

    @Test
    void requireAnyOf_noRoles_forbiddenForEveryone() {
        for (Role role : Role.values()) {
            Principal who = new Principal(1, "admin", role, "client-certificate");

            assertThatThrownBy(() -> who.requireAnyOf("do anything"))
                    .isInstanceOfSatisfying(GovCaException.class,
                            e -> assertThat(e.category()).isEqualTo(Category.FORBIDDEN));
        }
    }

    @Test
    void requireAnyOf_allRoles_allowedForEveryone() {
        for (Role role : Role.values()) {
            Principal who = new Principal(1, "admin", role, "client-certificate");

            assertThatCode(() -> who.requireAnyOf("list CAs", Role.values())).doesNotThrowAnyException();
        }
    }

    @Test
    void roleHelpers_matchServiceRoleSets_consistent() {
        Set<Role> issue = EnumSet.noneOf(Role.class);
        Set<Role> manage = EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            if (r.mayIssue()) {
                issue.add(r);
            }
            if (r.mayManageCas()) {
                manage.add(r);
            }
        }

        assertThat(issue).containsExactlyInAnyOrder(ISSUE_CERTIFICATES);
        assertThat(manage).containsExactlyInAnyOrder(CREATE_CAS);
    }

    @Test
    void constructor_nullRole_rejected() {
        assertThatThrownBy(() -> new Principal(1, "admin", null, "password"))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void auditName_usernameAndMethod_bothNamed() {
        Principal who = new Principal(3, "tranthib", Role.AUDITOR, "client-certificate");

        assertThat(who.auditName()).contains("tranthib").contains("client-certificate");
    }

    private static Role[] rolesFor(String action) {
        return switch (action) {
            case "create CAs" -> CREATE_CAS;
            case "issue certificates" -> ISSUE_CERTIFICATES;
            case "read certificates" -> READ_CERTIFICATES;
            default -> throw new IllegalArgumentException("no role set for action " + action);
        };
    }
}
