package vn.govca.db.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One step in an RA request's history: from which state to which, when, by whom and why. Made
 * only by {@link RaRequestRecord#moveTo} and {@link RaRequestRecord#filing}, so the history cannot
 * disagree with the request's state. Never changed once written.
 */
@Entity
@Table(name = "ra_request_transition")
public class RaRequestTransitionRecord {

    static final int MAX_COMMENT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", updatable = false, length = 16)
    private RaRequestState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false, length = 16)
    private RaRequestState toState;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, updatable = false, length = 128)
    private String actorName;

    @Column(name = "comment_text", updatable = false)
    private String commentText;

    protected RaRequestTransitionRecord() {
    }

    static RaRequestTransitionRecord of(long requestId, RaRequestState from, RaRequestState to, Long actorId,
                                        String actorName, String comment, Instant at) {
        RaRequestTransitionRecord t = new RaRequestTransitionRecord();
        t.requestId = requestId;
        t.fromState = from;
        t.toState = to;
        t.actorId = actorId;
        t.actorName = ColumnValues.text("actor name", actorName, 128);
        t.commentText = ColumnValues.optionalText("comment", comment, MAX_COMMENT_LENGTH);
        t.occurredAt = ColumnValues.time("occurred_at", at);
        return t;
    }

    public Long id() {
        return id;
    }

    public long requestId() {
        return requestId;
    }

    /** Null for the filing of the request. */
    public RaRequestState fromState() {
        return fromState;
    }

    public RaRequestState toState() {
        return toState;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    /** The administrator; null for the system (e.g. a scheduled job). */
    public Long actorId() {
        return actorId;
    }

    public String actorName() {
        return actorName;
    }

    public String comment() {
        return commentText;
    }
}
