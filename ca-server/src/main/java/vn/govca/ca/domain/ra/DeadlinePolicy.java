package vn.govca.ca.domain.ra;

import vn.govca.db.domain.RaRequestType;
import vn.govca.db.domain.RaRequestState;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import vn.govca.db.domain.WorkingCalendar;

/**
 * Working-day deadlines per request type, counted from the day the dossier became complete (first
 * submitted, or resubmitted after more information was requested). Decree 68 fixes three working
 * days for new issuance; the others are configurable and absent by default.
 */
public final class DeadlinePolicy {

    private final Map<RaRequestType, Integer> workingDays;

    public DeadlinePolicy(Map<RaRequestType, Integer> workingDays) {
        this.workingDays = workingDays.isEmpty() ? new EnumMap<>(RaRequestType.class) : new EnumMap<>(workingDays);
        this.workingDays.forEach((type, days) -> {
            if (days < 1 || days > 60) {
                throw new IllegalArgumentException("deadline for " + type + " must be 1..60 working days, got " + days);
            }
        });
    }

    /** Three working days for new issuance, nothing else. */
    public static DeadlinePolicy defaults() {
        return new DeadlinePolicy(Map.of(RaRequestType.NEW_ISSUANCE, 3));
    }

    /** The due date of a request of this type whose dossier became complete on {@code completeOn}. */
    public Optional<LocalDate> dueOn(RaRequestType type, LocalDate completeOn, WorkingCalendar calendar) {
        Integer days = workingDays.get(type);
        return days == null ? Optional.empty() : Optional.of(calendar.addWorkingDays(completeOn, days));
    }

    /** Whether a request due on {@code dueOn} in {@code state} is overdue on {@code today}. */
    public static boolean overdue(RaRequestState state, LocalDate dueOn, LocalDate today) {
        return dueOn != null && (state == RaRequestState.SUBMITTED || state == RaRequestState.APPROVED) && today.isAfter(dueOn);
    }
}
