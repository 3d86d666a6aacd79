package vn.govca.db.audit;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Result of {@link AuditVerifier#verify}: either every row checked out ({@code ok}, with the
 * number of rows), or the first bad seq, what is wrong there, and a sentence for the operator.
 */
public record AuditVerification(boolean ok, long verifiedRows, OptionalLong badSeq, AuditProblem problem,
                                String detail) {

    public AuditVerification {
        Objects.requireNonNull(badSeq, "badSeq");
        Objects.requireNonNull(detail, "detail");
        if (ok != (problem == null) || ok == badSeq.isPresent()) {
            throw new IllegalArgumentException("a passing verification has no problem and no bad seq;"
                    + " a failing one has both");
        }
    }

    static AuditVerification passed(long rows) {
        return new AuditVerification(true, rows, OptionalLong.empty(), null,
                rows + " audit events verified");
    }

    static AuditVerification failed(long verifiedRows, long seq, AuditProblem problem, String detail) {
        return new AuditVerification(false, verifiedRows, OptionalLong.of(seq), problem, detail);
    }
}
