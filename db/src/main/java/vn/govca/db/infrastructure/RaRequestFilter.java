package vn.govca.db.infrastructure;

import java.time.LocalDate;
import java.util.Objects;
import vn.govca.db.domain.RaRequestState;
import vn.govca.db.domain.RaRequestType;
import vn.govca.db.domain.RaScope;

/**
 * Filter for {@link RaRequestRepository#page}: a required {@link RaScope} (the security
 * boundary) and optional parts combined with AND. {@code overdueOn}: only open requests whose due
 * date is before that day.
 *
 * <p>{@code RaRequestFilter.within(scope).inState(SUBMITTED).ofType(NEW_ISSUANCE)}
 */
public record RaRequestFilter(RaScope scope, RaRequestState state, RaRequestType type, Long filedBy,
                              Long subscriberId, LocalDate overdueOn) {

    public RaRequestFilter {
        Objects.requireNonNull(scope, "scope");
    }

    public static RaRequestFilter within(RaScope scope) {
        return new RaRequestFilter(scope, null, null, null, null, null);
    }

    public RaRequestFilter inState(RaRequestState s) {
        return new RaRequestFilter(scope, s, type, filedBy, subscriberId, overdueOn);
    }

    public RaRequestFilter ofType(RaRequestType t) {
        return new RaRequestFilter(scope, state, t, filedBy, subscriberId, overdueOn);
    }

    public RaRequestFilter filedBy(long administratorId) {
        return new RaRequestFilter(scope, state, type, administratorId, subscriberId, overdueOn);
    }

    public RaRequestFilter forSubscriber(long id) {
        return new RaRequestFilter(scope, state, type, filedBy, id, overdueOn);
    }

    /** Open requests due before {@code today}. */
    public RaRequestFilter overdueOn(LocalDate today) {
        return new RaRequestFilter(scope, state, type, filedBy, subscriberId, Objects.requireNonNull(today, "today"));
    }
}
