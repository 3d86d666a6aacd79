package vn.govca.db.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that differs from the Monday-to-Friday week: a public holiday, or a weekend day worked
 * to compensate for a bridge day. Editable data: the Prime Minister's yearly notice decides them
 * (migration V3 seeds 2026 and 2027). Deadlines (new issuance: 3 working days after a complete
 * dossier, Decree 68) count working days with {@link WorkingCalendar}.
 */
@Entity
@Table(name = "calendar_day")
public class CalendarDayRecord {

    @Id
    @Column(name = "day_date")
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private CalendarDayKind kind;

    @Column(name = "name", nullable = false, length = 128)
    private String name;

    protected CalendarDayRecord() {
    }

    public static CalendarDayRecord holiday(LocalDate day, String name) {
        return of(day, CalendarDayKind.HOLIDAY, name);
    }

    /** A Saturday or Sunday worked in compensation. */
    public static CalendarDayRecord workingDay(LocalDate day, String name) {
        Objects.requireNonNull(day, "day");
        if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
            throw new IllegalArgumentException(day + " is a " + day.getDayOfWeek()
                    + "; only a Saturday or Sunday can be made a working day");
        }
        return of(day, CalendarDayKind.WORKING_DAY, name);
    }

    private static CalendarDayRecord of(LocalDate day, CalendarDayKind kind, String name) {
        CalendarDayRecord d = new CalendarDayRecord();
        d.day = Objects.requireNonNull(day, "day");
        d.kind = kind;
        d.name = ColumnValues.text("day name", name, 128);
        return d;
    }

    public void rename(String newName) {
        this.name = ColumnValues.text("day name", newName, 128);
    }

    public LocalDate day() {
        return day;
    }

    public CalendarDayKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }
}
