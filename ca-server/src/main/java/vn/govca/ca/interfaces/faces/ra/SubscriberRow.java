package vn.govca.ca.interfaces.faces.ra;

import java.io.Serializable;
import vn.govca.db.domain.SubscriberRecord;

/** One line of the subscriber table. */
public record SubscriberRow(long id, String kind, String name, long agencyId, String identifier, String email)
        implements Serializable {

    static SubscriberRow of(SubscriberRecord s) {
        String identifier = s.idNumber() != null ? s.idType() + " " + s.idNumber()
                : s.taxCode() != null ? "MST " + s.taxCode() : String.join(", ", s.hostNames());
        return new SubscriberRow(s.id(), s.kind().name(), s.displayName(), s.agencyId(), identifier,
                s.email() == null ? "" : s.email());
    }
}
