package vn.govca.db.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00.999999999Z");

    @Test
    void constructor_nanosecondTime_isCutToMicroseconds() {
        AuditEntry e = new AuditEntry("a", "LOGIN", null, AuditOutcome.SUCCESS, null, T0);

        assertThat(e.time()).isEqualTo(Instant.parse("2026-01-01T00:00:00.999999Z"));
    }

    @Test
    void constructor_unpairedSurrogate_isRejected() {
        assertThatThrownBy(() -> new AuditEntry("a\uD83D", "LOGIN", null, AuditOutcome.SUCCESS, null, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructor_detailsOverTextColumnBytes_isRejected() {
        String details = "ệ".repeat(AuditEntry.MAX_DETAILS_BYTES / 3 + 1);

        assertThatThrownBy(() -> new AuditEntry("a", "LOGIN", null, AuditOutcome.SUCCESS, details, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructor_blankActor_isRejected() {
        assertThatThrownBy(() -> new AuditEntry(" ", "LOGIN", null, AuditOutcome.SUCCESS, null, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constructor_actionLongerThanColumn_isRejected() {
        assertThatThrownBy(() -> new AuditEntry("a", "X".repeat(65), null, AuditOutcome.SUCCESS, null, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
