package vn.govca.db.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One approver's approval of an RA request. The unique key (request, approver) makes approvals
 * distinct: a second approval by the same person is refused by the database even when two
 * requests race. Made only by {@link RaRequestRecord#approve}.
 */
@Entity
@Table(name = "ra_request_approval")
public class RaRequestApprovalRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "approver_id", nullable = false, updatable = false)
    private long approverId;

    @Column(name = "approved_at", nullable = false, updatable = false)
    private Instant approvedAt;

    @Column(name = "comment_text", updatable = false)
    private String commentText;

    protected RaRequestApprovalRecord() {
    }

    static RaRequestApprovalRecord of(long requestId, long approverId, String comment, Instant at) {
        RaRequestApprovalRecord a = new RaRequestApprovalRecord();
        a.requestId = requestId;
        a.approverId = approverId;
        a.commentText = ColumnValues.optionalText("comment", comment, RaRequestTransitionRecord.MAX_COMMENT_LENGTH);
        a.approvedAt = ColumnValues.time("approved_at", at);
        return a;
    }

    public Long id() {
        return id;
    }

    public long requestId() {
        return requestId;
    }

    public long approverId() {
        return approverId;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String comment() {
        return commentText;
    }
}
