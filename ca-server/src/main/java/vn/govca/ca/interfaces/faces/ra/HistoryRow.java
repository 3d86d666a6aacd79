package vn.govca.ca.interfaces.faces.ra;

import java.io.Serializable;
import java.time.Instant;
import vn.govca.db.domain.RaRequestTransitionRecord;

/** One step of a request's history: from which state to which, when, by whom, with what comment. */
public record HistoryRow(String from, String to, Instant at, String actor, String comment) implements Serializable {

    static HistoryRow of(RaRequestTransitionRecord t) {
        return new HistoryRow(t.fromState() == null ? "" : t.fromState().name(), t.toState().name(), t.occurredAt(),
                t.actorName(), t.comment() == null ? "" : t.comment());
    }
}
