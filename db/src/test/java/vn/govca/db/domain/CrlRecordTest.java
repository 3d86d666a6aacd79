package vn.govca.db.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CrlRecordTest {

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00.123456789Z");
    private static final Sha256Hex SHA = Sha256Hex.digestOf(new byte[] {0x30, 0x00});

    private static CrlRecord full(long number) {
        return CrlRecord.reserved(1, number, CrlKind.FULL, null, T0, T0.plusSeconds(5400), "CA-NhaNuoc-G2.crl", T0);
    }

    @Test
    void reserved_full_isReservedAtMicroseconds() {
        CrlRecord r = full(7);

        assertThat(r.state()).isEqualTo(CrlState.RESERVED);
        assertThat(r.crlNumber()).isEqualTo(7);
        assertThat(r.baseCrlNumber()).isNull();
        assertThat(r.thisUpdate()).isEqualTo(Instant.parse("2026-11-20T08:00:00.123456Z"));
        assertThat(r.sha256()).isNull();
    }

    @Test
    void reserved_deltaWithBaseBelowNumber_keepsBase() {
        CrlRecord r = CrlRecord.reserved(1, 8, CrlKind.DELTA, 7L, T0, T0.plusSeconds(60), "CA-delta.crl", T0);

        assertThat(r.kind()).isEqualTo(CrlKind.DELTA);
        assertThat(r.baseCrlNumber()).isEqualTo(7L);
    }

    @Test
    void reserved_inconsistentBase_isRejected() {
        assertThatThrownBy(() -> CrlRecord.reserved(1, 8, CrlKind.DELTA, null, T0, T0.plusSeconds(60), "a.crl", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CrlRecord.reserved(1, 8, CrlKind.DELTA, 8L, T0, T0.plusSeconds(60), "a.crl", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CrlRecord.reserved(1, 8, CrlKind.FULL, 7L, T0, T0.plusSeconds(60), "a.crl", T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reserved_badNumberTimesOrFileName_isRejected() {
        assertThatThrownBy(() -> full(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CrlRecord.reserved(1, 1, CrlKind.FULL, null, T0, T0, "a.crl", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CrlRecord.reserved(1, 1, CrlKind.FULL, null, T0, T0.plusSeconds(1), "../a.crl", T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void markPublished_reserved_recordsWhatWasWritten() {
        CrlRecord r = full(1);

        r.markPublished(2, 1234, SHA, T0.plusSeconds(1));

        assertThat(r.state()).isEqualTo(CrlState.PUBLISHED);
        assertThat(r.entryCount()).isEqualTo(2);
        assertThat(r.lengthBytes()).isEqualTo(1234);
        assertThat(r.sha256()).isEqualTo(SHA);
    }

    @Test
    void markFailed_published_isStateConflict() {
        CrlRecord r = full(1);
        r.markPublished(0, 500, SHA, T0);

        assertThatThrownBy(() -> r.markFailed("token offline", T0)).isInstanceOf(RecordStateException.class);
        assertThat(r.state()).isEqualTo(CrlState.PUBLISHED);
    }

    @Test
    void markFailed_longReason_isCutTo1024() {
        CrlRecord r = full(1);

        r.markFailed("x".repeat(5000), T0);

        assertThat(r.state()).isEqualTo(CrlState.FAILED);
        assertThat(r.failureReason()).hasSize(1024);
    }

    @Test
    void advance_counter_growsAboveLastAndFloor() {
        CrlNumberCounter c = CrlNumberCounter.start(1, T0);

        assertThat(c.advance(0, T0)).isEqualTo(1);
        assertThat(c.advance(0, T0)).isEqualTo(2);
        assertThat(c.advance(41, T0)).isEqualTo(42);
        assertThat(c.advance(10, T0)).isEqualTo(43);
        assertThatThrownBy(() -> c.advance(-1, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(c.lastNumber()).isEqualTo(43);
    }
}
