package vn.govca.db.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Working days: Monday to Friday, minus holidays, plus compensating working weekend days, from
 * the {@link CalendarDayRecord} rows of a period. Used for the Decree 68 deadline: a new issuance
 * is due {@code n} working days after the dossier is complete.
 */
public final class WorkingCalendar {

    /** Guard against a calendar with no working day at all (every day a holiday). */
    private static final int MAX_SCAN_DAYS = 3660;

    private final Map<LocalDate, CalendarDayKind> exceptions = new HashMap<>();

    /** @param days the special days of (at least) the period the calendar is asked about */
    public WorkingCalendar(Collection<CalendarDayRecord> days) {
        for (CalendarDayRecord d : Objects.requireNonNull(days, "days")) {
            exceptions.put(d.day(), d.kind());
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        CalendarDayKind special = exceptions.get(day);
        if (special != null) {
            return special == CalendarDayKind.WORKING_DAY;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The day on which {@code workingDays} working days after {@code start} have passed, not
     * counting {@code start} itself: from Friday 2026-04-24, 3 working days is Monday 2026-05-04
     * (27 April, 30 April and 1 May 2026 are holidays).
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        Objects.requireNonNull(start, "start");
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days " + workingDays + " must not be negative");
        }
        LocalDate day = start;
        int left = workingDays;
        for (int scanned = 0; left > 0; scanned++) {
            if (scanned > MAX_SCAN_DAYS) {
                throw new IllegalStateException("no working day within " + MAX_SCAN_DAYS + " days after " + start);
            }
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
