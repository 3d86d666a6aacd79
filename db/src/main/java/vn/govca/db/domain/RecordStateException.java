package vn.govca.db.domain;

/**
 * A lifecycle step was asked of a record in a state that does not allow it, e.g. signing a
 * certificate that is not RESERVED. The edge maps it to {@code GovCaException.conflict}.
 */
public final class RecordStateException extends IllegalStateException {

    public RecordStateException(String message) {
        super(message);
    }
}
