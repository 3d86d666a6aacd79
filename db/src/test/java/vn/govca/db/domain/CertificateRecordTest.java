package vn.govca.db.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateRecordTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00.123456789Z");
    private static final byte[] DER = {0x30, 0x00};

    private static CertificateRecord reserved() {
        return CertificateRecord.reserve(1, SerialHex.of("ab"), "CN=Phạm Văn A", "Phạm Văn A", "personal",
                T0, T0.plusSeconds(3600), T0);
    }

    private static CertificateRecord active() {
        CertificateRecord c = reserved();
        c.markSigned(DER, Sha256Hex.digestOf(DER), T0);
        return c;
    }

    @Test
    void reserve_validInput_isReservedWithFoldedSearchTextAndMicrosecondTimes() {
        CertificateRecord c = reserved();

        assertThat(c.status()).isEqualTo(CertificateStatus.RESERVED);
        assertThat(c.subjectSearch()).isEqualTo("pham van a");
        assertThat(c.createdAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
        assertThat(c.der()).isNull();
    }

    @Test
    void reserve_notAfterNotAfterNotBefore_isRejected() {
        assertThatThrownBy(() -> CertificateRecord.reserve(1, SerialHex.of("ab"), "CN=x", "x", "personal",
                T0, T0, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void markSigned_fingerprintOfOtherDer_isRejected() {
        CertificateRecord c = reserved();

        assertThatThrownBy(() -> c.markSigned(DER, Sha256Hex.digestOf(new byte[] {1}), T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(c.status()).isEqualTo(CertificateStatus.RESERVED);
    }

    @Test
    void markSigned_twice_isRefusedAsStateConflict() {
        CertificateRecord c = active();

        assertThatThrownBy(() -> c.markSigned(DER, Sha256Hex.digestOf(DER), T0))
                .isInstanceOf(RecordStateException.class);
    }

    @Test
    void markSigned_derArrayChangedAfterwards_doesNotChangeRecord() {
        byte[] der = {0x30, 0x00};
        CertificateRecord c = reserved();
        c.markSigned(der, Sha256Hex.digestOf(der), T0);

        der[0] = 0;

        assertThat(c.der()).containsExactly(0x30, 0x00);
    }

    @Test
    void markFailed_signed_isRefused() {
        assertThatThrownBy(() -> active().markFailed(T0)).isInstanceOf(RecordStateException.class);
    }

    @Test
    void revoke_active_recordsReasonAndTime() {
        CertificateRecord c = active();

        c.revoke(1, T0.plusSeconds(10), T0);

        assertThat(c.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(c.revocationReason()).isEqualTo(1);
        assertThat(c.invalidityDate()).isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 6, 7, 11})
    void revoke_reasonNotAllowed_isRejected(int reason) {
        assertThatThrownBy(() -> active().revoke(reason, T0, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void revoke_reserved_isRefused() {
        assertThatThrownBy(() -> reserved().revoke(0, T0, null)).isInstanceOf(RecordStateException.class);
    }

    @Test
    void holdThenRelease_active_isActiveWithoutRevocationAndRecordsRelease() {
        CertificateRecord c = active();
        c.hold(T0);
        assertThat(c.status()).isEqualTo(CertificateStatus.ON_HOLD);
        assertThat(c.revocationReason()).isEqualTo(6);
        assertThat(c.holdReleasedAt()).isNull();

        c.releaseHold(T0.plusSeconds(5));

        assertThat(c.status()).isEqualTo(CertificateStatus.ACTIVE);
        assertThat(c.revocationReason()).isNull();
        assertThat(c.revocationTime()).isNull();
        assertThat(c.holdReleasedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:05.123456Z"));
        assertThat(c.updatedAt()).isEqualTo(c.holdReleasedAt());
    }

    @Test
    void revoke_onHold_becomesRevoked() {
        CertificateRecord c = active();
        c.hold(T0);

        c.revoke(4, T0.plusSeconds(1), null);

        assertThat(c.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(c.revocationReason()).isEqualTo(4);
    }

    @Test
    void changeReasonToKeyCompromise_revokedSuperseded_keepsTimeSetsReason() {
        CertificateRecord c = active();
        c.revoke(4, T0.plusSeconds(60), null);
        Instant exposed = T0.plusSeconds(30);

        c.changeReasonToKeyCompromise(T0.plusSeconds(120), exposed);

        assertThat(c.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(c.revocationReason()).isEqualTo(1);
        assertThat(c.revocationTime()).isEqualTo(T0.plusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(c.invalidityDate()).isEqualTo(exposed.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    @Test
    void changeReasonToKeyCompromise_activeOrAlreadyKeyCompromise_isStateConflict() {
        assertThatThrownBy(() -> active().changeReasonToKeyCompromise(T0, null))
                .isInstanceOf(RecordStateException.class);
        CertificateRecord c = active();
        c.revoke(1, T0, null);
        assertThatThrownBy(() -> c.changeReasonToKeyCompromise(T0, null)).isInstanceOf(RecordStateException.class);
    }
}
