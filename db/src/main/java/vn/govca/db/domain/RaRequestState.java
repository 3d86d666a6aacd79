package vn.govca.db.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life of an RA request: DRAFT → SUBMITTED → (INFO_REQUESTED ↔ SUBMITTED) → APPROVED →
 * COMPLETED, or REJECTED / CANCELLED. COMPLETED, REJECTED and CANCELLED are closed: nothing
 * leaves them.
 */
public enum RaRequestState {
    DRAFT, SUBMITTED, INFO_REQUESTED, APPROVED, COMPLETED, REJECTED, CANCELLED;

    /** The states a request may move to from this one. */
    public Set<RaRequestState> successors() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED, CANCELLED);
            case SUBMITTED -> EnumSet.of(INFO_REQUESTED, APPROVED, REJECTED, CANCELLED);
            case INFO_REQUESTED -> EnumSet.of(SUBMITTED, REJECTED, CANCELLED);
            case APPROVED -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED, REJECTED, CANCELLED -> EnumSet.noneOf(RaRequestState.class);
        };
    }

    public boolean canMoveTo(RaRequestState next) {
        return successors().contains(next);
    }

    /** COMPLETED, REJECTED or CANCELLED. */
    public boolean isClosed() {
        return this == COMPLETED || this == REJECTED || this == CANCELLED;
    }

    /** The subscriber manager may still change the request's content (DRAFT or INFO_REQUESTED). */
    public boolean isEditable() {
        return this == DRAFT || this == INFO_REQUESTED;
    }
}
