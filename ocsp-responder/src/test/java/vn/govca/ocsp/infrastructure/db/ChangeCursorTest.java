package vn.govca.ocsp.infrastructure.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.govca.db.infrastructure.CertificateRepository.Change;

class ChangeCursorTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration OVERLAP = Duration.ofSeconds(2);

    @Test
    void from_new_isStartMinusOverlap() {
        assertThat(new ChangeCursor(T0, OVERLAP).from()).isEqualTo(T0.minus(OVERLAP));
    }

    @Test
    void accept_rowsReadAgainInOverlap_reportedOnce() {
        ChangeCursor cursor = new ChangeCursor(T0, OVERLAP);
        Change a = change("a1", T0.plusMillis(100));
        Change b = change("b2", T0.plusMillis(900));

        assertThat(cursor.accept(List.of(a, b))).containsExactly(a, b);
        assertThat(cursor.accept(List.of(a, b))).isEmpty();
        assertThat(cursor.watermark()).isEqualTo(b.updatedAt());
        assertThat(cursor.from()).isEqualTo(b.updatedAt().minus(OVERLAP));
    }

    @Test
    void accept_lateCommitOlderThanWatermarkInsideOverlap_reported() {
        ChangeCursor cursor = new ChangeCursor(T0, OVERLAP);
        Change later = change("b2", T0.plusMillis(900));
        cursor.accept(List.of(later));
        Change late = change("a1", T0.plusMillis(300)); // committed after "later" was read

        assertThat(cursor.accept(List.of(late, later))).containsExactly(late);
        assertThat(cursor.watermark()).isEqualTo(later.updatedAt());
    }

    @Test
    void accept_sameSerialChangedAgain_reportedAgain() {
        ChangeCursor cursor = new ChangeCursor(T0, OVERLAP);
        Change held = change("a1", T0.plusMillis(100));
        Change revoked = change("a1", T0.plusMillis(200));
        cursor.accept(List.of(held));

        assertThat(cursor.accept(List.of(revoked))).containsExactly(revoked);
    }

    @Test
    void accept_watermarkMovedPastOverlap_forgetsOldRows() {
        ChangeCursor cursor = new ChangeCursor(T0, OVERLAP);
        cursor.accept(List.of(change("a1", T0.plusMillis(100)), change("b2", T0.plusMillis(200))));
        assertThat(cursor.remembered()).isEqualTo(2);

        cursor.accept(List.of(change("c3", T0.plusSeconds(10))));

        assertThat(cursor.remembered()).isEqualTo(1);
    }

    @Test
    void accept_empty_keepsWatermark() {
        ChangeCursor cursor = new ChangeCursor(T0, OVERLAP);

        assertThat(cursor.accept(List.of())).isEmpty();
        assertThat(cursor.watermark()).isEqualTo(T0);
    }

    @Test
    void constructor_negativeOverlap_throwsIllegalArgument() {
        assertThatThrownBy(() -> new ChangeCursor(T0, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Change change(String serial, Instant at) {
        return new Change(7, serial, at);
    }
}
