package vn.govca.db.infrastructure;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.govca.db.domain.CalendarDayRecord;
import vn.govca.db.domain.WorkingCalendar;

/** Public holidays and compensating working days (editable data; V3 seeds 2026 and 2027). */
public final class CalendarRepository {

    /** Longest period read at once. */
    private static final int MAX_DAYS = 3660;

    private final EntityManager em;

    public CalendarRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /** The special days from {@code from} to {@code to}, both included, in date order. */
    public List<CalendarDayRecord> between(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("period " + from + " to " + to + " must be ordered and at most "
                    + MAX_DAYS + " days");
        }
        return em.createQuery("SELECT d FROM CalendarDayRecord d WHERE d.day BETWEEN :from AND :to ORDER BY d.day",
                        CalendarDayRecord.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** A working calendar for deadlines starting from {@code from} up to {@code days} days later. */
    public WorkingCalendar workingCalendar(LocalDate from, int days) {
        return new WorkingCalendar(between(from, from.plusDays(days)));
    }

    public Optional<CalendarDayRecord> byDay(LocalDate day) {
        return Optional.ofNullable(em.find(CalendarDayRecord.class, Objects.requireNonNull(day, "day")));
    }

    /** @throws DuplicateKeyException the day is already in the calendar */
    public CalendarDayRecord add(CalendarDayRecord day) {
        Objects.requireNonNull(day, "day");
        UniqueViolations.persistAndFlush(em, day, cause -> new DuplicateKeyException("calendar_day primary key",
                day.day() + " is already in the calendar", cause));
        return day;
    }

    /** Makes {@code day} an ordinary day again; true if it was special. */
    public boolean remove(LocalDate day) {
        Optional<CalendarDayRecord> found = byDay(day);
        found.ifPresent(em::remove);
        em.flush();
        return found.isPresent();
    }
}
