package vn.govca.ca.application.crl;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.govca.crl.domain.RevokedEntry;
import vn.govca.db.infrastructure.RevokedCertificateReader.Row;

class RevokedEntriesTest {

    private static final Instant AT = Instant.parse("2026-11-20T08:00:00.654321Z");
    private static final Instant COMPROMISED = Instant.parse("2026-11-19T00:00:00Z");

    @Test
    void entry_revokedRow_serialReasonAndDatesToTheSecond() {
        RevokedEntry e = RevokedEntries.entry(new Row("00ff10", AT, 1, COMPROMISED, false));

        assertThat(e.serial()).isEqualTo(BigInteger.valueOf(0xff10));
        assertThat(e.reasonCode()).isEqualTo(RevokedEntry.KEY_COMPROMISE);
        assertThat(e.revocationTime()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(e.invalidity()).contains(COMPROMISED);
    }

    @Test
    void entry_releasedFromHold_removeFromCrl() {
        RevokedEntry e = RevokedEntries.entry(new Row("7e57", AT, 8, null, true));

        assertThat(e.removeFromCrl()).isTrue();
        assertThat(e.invalidity()).isEmpty();
    }

    @Test
    void entry_onHold_certificateHold() {
        assertThat(RevokedEntries.entry(new Row("1", AT, 6, null, false)).reasonCode())
                .isEqualTo(RevokedEntry.CERTIFICATE_HOLD);
    }
}
