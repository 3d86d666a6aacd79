package vn.govca.ca.application.ra.csvimport;

import java.util.Objects;
import vn.govca.ca.domain.subscriber.SubscriberDetails;
import vn.govca.ca.domain.subscriber.SubscriberKind;

/**
 * One valid row of an import file: a subscriber with a new-issuance request to file for it.
 * Only a file without any bad row yields these (all or nothing).
 *
 * @param lineNumber the row number a spreadsheet shows (the header is row 1)
 * @param kind       the subscriber kind, equal to {@code details.kind()}
 * @param agencyId   the managing agency's id (or code) as written in the file: 1-64 letters,
 *                   digits, '.', '_', '-'; resolving it, and checking that it lies in the manager's
 *                   scope, is the caller's (e.g. with a {@link RowCheck})
 * @param profile    the certificate profile name, lower case, e.g. {@code personal}
 * @param details    the validated subscriber details
 * @param recipient  who receives the key storage device (người nhận), NFC
 */
public record ImportRow(int lineNumber, SubscriberKind kind, String agencyId, String profile,
        SubscriberDetails details, String recipient) {

    public ImportRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(recipient, "recipient");
        if (details.kind() != kind) {
            throw new IllegalArgumentException("details of kind " + details.kind() + " on a " + kind + " row");
        }
    }
}
