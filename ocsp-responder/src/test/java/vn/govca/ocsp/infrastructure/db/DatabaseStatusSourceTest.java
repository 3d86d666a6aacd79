package vn.govca.ocsp.infrastructure.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.govca.db.domain.CertificateStatus;
import vn.govca.pki.domain.cert.RevocationReason;
import vn.govca.pki.domain.GovCaException;

/** The mapping of stored certificate status to OCSP status (RFC 6960 §2.2, DESIGN invariant 5). */
class DatabaseStatusSourceTest {

    private static final Instant REVOKED_AT = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant NOT_AFTER = Instant.parse("2031-03-01T08:00:00Z");

    @Test
    void status_active_goodWithExpiry() {
        var s = DatabaseStatusSource.status(CertificateStatus.ACTIVE, null, null, NOT_AFTER);
        assertThat(s.kind()).isEqualTo(vn.govca.ocsp.domain.CertificateStatus.Kind.GOOD);
        assertThat(s.notAfter()).contains(NOT_AFTER);
    }

    @Test
    void status_revokedKeyCompromise_revokedWithTimeAndReason() {
        var s = DatabaseStatusSource.status(CertificateStatus.REVOKED, REVOKED_AT, (short) 1, NOT_AFTER);
        assertThat(s.kind()).isEqualTo(vn.govca.ocsp.domain.CertificateStatus.Kind.REVOKED);
        assertThat(s.revocationTime()).contains(REVOKED_AT);
        assertThat(s.reason()).contains(RevocationReason.KEY_COMPROMISE);
    }

    @Test
    void status_revokedWithoutReason_unspecified() {
        var s = DatabaseStatusSource.status(CertificateStatus.REVOKED, REVOKED_AT, null, NOT_AFTER);
        assertThat(s.reason()).contains(RevocationReason.UNSPECIFIED);
    }

    @Test
    void status_onHold_revokedCertificateHold() {
        var s = DatabaseStatusSource.status(CertificateStatus.ON_HOLD, REVOKED_AT, (short) 6, NOT_AFTER);
        assertThat(s.kind()).isEqualTo(vn.govca.ocsp.domain.CertificateStatus.Kind.REVOKED);
        assertThat(s.reason()).contains(RevocationReason.CERTIFICATE_HOLD);
    }

    @Test
    void status_reservedOrFailed_neverIssued() {
        for (CertificateStatus st : new CertificateStatus[] {CertificateStatus.RESERVED, CertificateStatus.FAILED}) {
            assertThat(DatabaseStatusSource.status(st, null, null, NOT_AFTER).kind()).as("%s", st)
                    .isEqualTo(vn.govca.ocsp.domain.CertificateStatus.Kind.NEVER_ISSUED);
        }
    }

    @Test
    void status_revokedWithoutTime_internal() {
        assertThatThrownBy(() -> DatabaseStatusSource.status(CertificateStatus.REVOKED, null, (short) 1, NOT_AFTER))
                .isInstanceOfSatisfying(GovCaException.class,
                        e -> assertThat(e.category()).isEqualTo(GovCaException.Category.INTERNAL));
    }
}
