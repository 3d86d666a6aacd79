package vn.govca.ca.interfaces.faces.ra;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import vn.govca.ca.domain.ra.DeadlinePolicy;
import vn.govca.db.domain.RaRequestRecord;

/**
 * One line of a request table: what was asked, for whom, where it stands and whether its working-day
 * deadline has passed (Decree 68: 3 working days from a complete dossier).
 */
public record RequestRow(long id, String type, String state, long subscriberId, String subscriber, String profile,
                         Instant filedAt, LocalDate dueOn, boolean overdue, int approvals, int requiredApprovals)
        implements Serializable {

    static RequestRow of(RaRequestRecord r, String subscriberName, LocalDate today) {
        return new RequestRow(r.id(), r.type().name(), r.state().name(), r.subscriberId(), subscriberName,
                r.profileName(), r.filedAt(), r.dueOn(), DeadlinePolicy.overdue(r.state(), r.dueOn(), today),
                r.approvalCount(), r.requiredApprovals());
    }

    public String key() {
        return Long.toString(id);
    }
}
