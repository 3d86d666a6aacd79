package vn.govca.ca.domain.ra;

import vn.govca.db.domain.RaRequestType;
import vn.govca.db.domain.RaRequestState;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.govca.db.domain.CalendarDayRecord;
import vn.govca.db.domain.WorkingCalendar;
import org.junit.jupiter.api.Test;

class DeadlinePolicyTest {

    private static final WorkingCalendar PLAIN = new WorkingCalendar(List.of());

    @Test
    void addWorkingDays_mondayPlusThree_thursday() {
        assertThat(PLAIN.addWorkingDays(LocalDate.of(2026, 11, 23), 3)).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void addWorkingDays_overWeekend_skipsSaturdayAndSunday() {
        assertThat(PLAIN.addWorkingDays(LocalDate.of(2026, 11, 26), 3)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(PLAIN.addWorkingDays(LocalDate.of(2026, 11, 28), 3)).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void addWorkingDays_acrossTet2026_skipsTheHolidays() {
        List<CalendarDayRecord> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 2, 14); !d.isAfter(LocalDate.of(2026, 2, 22)); d = d.plusDays(1)) {
            days.add(CalendarDayRecord.holiday(d, "Tết Nguyên Đán"));
        }
        WorkingCalendar tet = new WorkingCalendar(days);
        // complete on Thursday 12 Feb: Friday 13 (1), holidays to Sunday 22, Monday 23 (2), Tuesday 24 (3)
        assertThat(tet.addWorkingDays(LocalDate.of(2026, 2, 12), 3)).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void isWorkingDay_compensatingSaturday_true() {
        LocalDate saturday = LocalDate.of(2026, 1, 10);
        WorkingCalendar c = new WorkingCalendar(List.of(CalendarDayRecord.workingDay(saturday, "làm bù")));
        assertThat(PLAIN.isWorkingDay(saturday)).isFalse();
        assertThat(c.isWorkingDay(saturday)).isTrue();
        assertThat(c.addWorkingDays(LocalDate.of(2026, 1, 9), 1)).isEqualTo(saturday);
    }

    @Test
    void overdue_pastDueWhileSubmitted_true_butNotWhileInfoRequested() {
        LocalDate due = LocalDate.of(2026, 11, 26);
        assertThat(DeadlinePolicy.overdue(RaRequestState.SUBMITTED, due, due)).isFalse();
        assertThat(DeadlinePolicy.overdue(RaRequestState.SUBMITTED, due, due.plusDays(1))).isTrue();
        assertThat(DeadlinePolicy.overdue(RaRequestState.INFO_REQUESTED, due, due.plusDays(5))).isFalse();
        assertThat(DeadlinePolicy.overdue(RaRequestState.COMPLETED, due, due.plusDays(5))).isFalse();
    }

    @Test
    void dueOn_newIssuanceByDefault_threeWorkingDays_othersNone() {
        DeadlinePolicy p = DeadlinePolicy.defaults();
        assertThat(p.dueOn(RaRequestType.NEW_ISSUANCE, LocalDate.of(2026, 11, 23), PLAIN))
                .contains(LocalDate.of(2026, 11, 26));
        assertThat(p.dueOn(RaRequestType.REVOCATION, LocalDate.of(2026, 11, 23), PLAIN)).isEmpty();
    }
}
