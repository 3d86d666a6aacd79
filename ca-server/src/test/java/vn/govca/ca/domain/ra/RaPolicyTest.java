package vn.govca.ca.domain.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.auth.Role;
import vn.govca.db.domain.RaScope;
import vn.govca.pki.domain.GovCaException;

/** Every role × every action × inside / outside the scope. */
class RaPolicyTest {

    private static final Placement SON_LA_AGENCY = new Placement(14L, "/5/9/");
    private static final Placement HA_NOI_AGENCY = new Placement(1L, "/2/");
    private static final Placement MINISTRY_UNIT = new Placement(null, "/40/41/");
    private static final Placement OTHER_MINISTRY = new Placement(null, "/400/");

    private static final Principal SON_LA_MANAGER =
            new Principal(10, "quanly.sonla", Role.SUBSCRIBER_MANAGER, "password", RaScope.province(14));
    private static final Principal MINISTRY_MANAGER =
            new Principal(11, "quanly.btc", Role.SUBSCRIBER_MANAGER, "password", RaScope.agencyTree("/40/"));
    private static final Principal UNASSIGNED_MANAGER = new Principal(12, "moi", Role.SUBSCRIBER_MANAGER, "password");

    @Test
    void require_everyRoleAndAction_matchesTheIssueMatrix() {
        Set<RaAction> admin = EnumSet.allOf(RaAction.class);
        Set<RaAction> operator = EnumSet.of(RaAction.VIEW, RaAction.FILE_REQUESTS, RaAction.REVIEW_REQUESTS,
                RaAction.FETCH_KEY_PACKAGE);
        Set<RaAction> manager = EnumSet.of(RaAction.VIEW, RaAction.MANAGE_AGENCIES, RaAction.MANAGE_SUBSCRIBERS,
                RaAction.FILE_REQUESTS, RaAction.IMPORT, RaAction.FETCH_KEY_PACKAGE);
        Set<RaAction> auditor = EnumSet.of(RaAction.VIEW, RaAction.VIEW_AUDIT);
        assertAllowedExactly(new Principal(1, "admin", Role.CA_ADMIN, "password"), admin);
        assertAllowedExactly(new Principal(2, "vanhanh", Role.CA_OPERATOR, "password"), operator);
        assertAllowedExactly(SON_LA_MANAGER, manager);
        assertAllowedExactly(new Principal(3, "kiemtoan", Role.AUDITOR, "password"), auditor);
    }

    @Test
    void require_managerInsideProvince_allowed() {
        assertThatCode(() -> RaPolicy.require(SON_LA_MANAGER, RaAction.FILE_REQUESTS, SON_LA_AGENCY))
                .doesNotThrowAnyException();
    }

    @Test
    void require_managerOfOtherProvince_forbidden() {
        assertForbidden(() -> RaPolicy.require(SON_LA_MANAGER, RaAction.FILE_REQUESTS, HA_NOI_AGENCY));
        assertForbidden(() -> RaPolicy.require(SON_LA_MANAGER, RaAction.VIEW, MINISTRY_UNIT));
    }

    @Test
    void require_ministryManager_ownTreeOnly() {
        assertThatCode(() -> RaPolicy.require(MINISTRY_MANAGER, RaAction.MANAGE_SUBSCRIBERS, MINISTRY_UNIT))
                .doesNotThrowAnyException();
        assertForbidden(() -> RaPolicy.require(MINISTRY_MANAGER, RaAction.MANAGE_SUBSCRIBERS, OTHER_MINISTRY));
        assertForbidden(() -> RaPolicy.require(MINISTRY_MANAGER, RaAction.VIEW, SON_LA_AGENCY));
        // "/400/" must not pass as a subtree of "/40/"
        assertThat(MINISTRY_MANAGER.covers(null, "/400/41/")).isFalse();
    }

    @Test
    void require_managerWithoutScope_seesNothing() {
        assertForbidden(() -> RaPolicy.require(UNASSIGNED_MANAGER, RaAction.VIEW, SON_LA_AGENCY));
        assertThat(RaPolicy.mayView(UNASSIGNED_MANAGER, MINISTRY_UNIT)).isFalse();
    }

    @Test
    void require_cipherCommitteeRoles_anywhere() {
        Principal operator = new Principal(2, "vanhanh", Role.CA_OPERATOR, "password");
        for (Placement p : new Placement[] {SON_LA_AGENCY, HA_NOI_AGENCY, MINISTRY_UNIT}) {
            assertThatCode(() -> RaPolicy.require(operator, RaAction.REVIEW_REQUESTS, p)).doesNotThrowAnyException();
        }
    }

    @Test
    void principal_limitedScopeForNonManager_refused() {
        assertThatThrownBy(() -> new Principal(1, "x", Role.CA_OPERATOR, "password", RaScope.province(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertAllowedExactly(Principal who, Set<RaAction> allowed) {
        Placement inScope = who.role() == Role.SUBSCRIBER_MANAGER ? SON_LA_AGENCY : HA_NOI_AGENCY;
        for (RaAction action : RaAction.values()) {
            if (allowed.contains(action)) {
                assertThatCode(() -> RaPolicy.require(who, action, inScope)).as(who.role() + " " + action)
                        .doesNotThrowAnyException();
            } else {
                assertForbidden(() -> RaPolicy.require(who, action, inScope));
                assertForbidden(() -> RaPolicy.require(who, action));
            }
        }
    }

    private static void assertForbidden(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(GovCaException.class)
                .extracting(e -> ((GovCaException) e).category())
                .isEqualTo(GovCaException.Category.FORBIDDEN);
    }
}
