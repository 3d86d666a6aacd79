package vn.govca.db.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The RA's plain values: scopes, form details, workflow states, the working calendar. */
class RegistrationValuesTest {

    @Test
    void raScope_pathWithWildcardOrWithoutIds_isRefused() {
        assertThatThrownBy(() -> RaScope.agencyTree("/3/%")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RaScope.agencyTree("/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RaScope.agencyTree("/3/_/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RaScope.province(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RaScope.agencyTree("/3/17/").agencyPath()).isEqualTo("/3/17/");
    }

    @Test
    void raScope_covers_onlyOwnProvinceAndSubtree() {
        RaScope province = RaScope.province(14);
        RaScope tree = RaScope.agencyTree("/3/");

        assertThat(province.covers(14L, "/9/")).isTrue();
        assertThat(province.covers(1L, "/9/")).isFalse();
        assertThat(province.covers(null, "/9/")).isFalse();
        assertThat(tree.covers(null, "/3/17/")).isTrue();
        assertThat(tree.covers(null, "/33/")).isFalse();
        assertThat(RaScope.everywhere().covers(null, null)).isTrue();
        assertThat(RaScope.everywhere().isEverywhere()).isTrue();
    }

    @Test
    void individualDetails_badCitizenIdOrHalfIdentity_isRefused() {
        assertThatThrownBy(() -> details(IdentityDocumentType.CCCD, "01419000000"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> details(IdentityDocumentType.CMND, "1234567890"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> details(null, "014190000001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> details(IdentityDocumentType.CCCD, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(details(IdentityDocumentType.CCCD, "014 190 000 001").idNumber()).isEqualTo("014190000001");
        assertThat(details(IdentityDocumentType.PASSPORT, "c1234567").idNumber()).isEqualTo("C1234567");
        assertThat(details(null, null).idType()).isNull();
    }

    @Test
    void agencyDetails_badTaxOrBudgetCode_isRefused() {
        assertThatThrownBy(() -> new AgencyDetails("A", "12345", null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrganizationDetails("A", null, null, "123456", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AgencyDetails.named(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new AgencyDetails("A", "0100231226-001", "1055672", null, null).taxCode()).isEqualTo("0100231226-001");
        assertThat(new AgencyDetails("A", " ", "", null, null).budgetCode()).isNull();
    }

    @Test
    void deviceDetails_hostNames_lowerCasedAndInvalidRefused() {
        assertThat(new DeviceDetails("Cổng", List.of("WWW.SonLa.gov.vn", "www.sonla.gov.vn"), null).hostNames())
                .containsExactly("www.sonla.gov.vn");
        assertThatThrownBy(() -> new DeviceDetails("Cổng", List.of("bad name.vn"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeviceDetails("Cổng", List.of("-a.vn"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void raRequestState_successors_followTheWorkflow() {
        assertThat(RaRequestState.DRAFT.canMoveTo(RaRequestState.SUBMITTED)).isTrue();
        assertThat(RaRequestState.DRAFT.canMoveTo(RaRequestState.APPROVED)).isFalse();
        assertThat(RaRequestState.SUBMITTED.canMoveTo(RaRequestState.INFO_REQUESTED)).isTrue();
        assertThat(RaRequestState.INFO_REQUESTED.canMoveTo(RaRequestState.SUBMITTED)).isTrue();
        assertThat(RaRequestState.INFO_REQUESTED.canMoveTo(RaRequestState.APPROVED)).isFalse();
        assertThat(RaRequestState.APPROVED.canMoveTo(RaRequestState.COMPLETED)).isTrue();
        for (RaRequestState closed : List.of(RaRequestState.COMPLETED, RaRequestState.REJECTED, RaRequestState.CANCELLED)) {
            assertThat(closed.isClosed()).isTrue();
            assertThat(closed.successors()).isEmpty();
        }
        assertThat(RaRequestType.RENEWAL.issuesCertificate()).isTrue();
        assertThat(RaRequestType.REVOCATION.needsTargetCertificate()).isTrue();
        assertThat(RaRequestType.NEW_ISSUANCE.needsTargetCertificate()).isFalse();
    }

    @Test
    void workingCalendar_addWorkingDays_skipsWeekendsAndHolidaysAndCountsWorkingSaturday() {
        WorkingCalendar calendar = new WorkingCalendar(List.of(
                CalendarDayRecord.holiday(LocalDate.of(2026, 4, 27), "Giỗ Tổ Hùng Vương (nghỉ bù)"),
                CalendarDayRecord.holiday(LocalDate.of(2026, 4, 30), "30/4"),
                CalendarDayRecord.holiday(LocalDate.of(2026, 5, 1), "1/5"),
                CalendarDayRecord.workingDay(LocalDate.of(2026, 5, 9), "Làm bù")));

        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 24), 3)).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 5, 7), 2)).isEqualTo(LocalDate.of(2026, 5, 9));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 5, 7), 0)).isEqualTo(LocalDate.of(2026, 5, 7));
        assertThatThrownBy(() -> CalendarDayRecord.workingDay(LocalDate.of(2026, 5, 8), "Friday"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static IndividualDetails details(IdentityDocumentType type, String number) {
        return new IndividualDetails("Phạm Văn A", null, type, number, null, null, null, null, null);
    }
}
