package vn.govca.db.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AdministratorRecordTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void enrol_withoutAnyCredential_isRejected() {
        assertThatThrownBy(() -> AdministratorRecord.enrol("a", "A", AdministratorRole.AUDITOR, null, null, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void enrol_usernameWithSpace_isRejected() {
        assertThatThrownBy(() -> AdministratorRecord.enrol("phạm a", "A", AdministratorRole.AUDITOR, "h", null, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordFailedLogin_belowLimit_doesNotLock() {
        AdministratorRecord a = AdministratorRecord.enrol("a", "A", AdministratorRole.AUDITOR, "h", null, T0);

        a.recordFailedLogin(T0, 3, Duration.ofMinutes(5));
        a.recordFailedLogin(T0, 3, Duration.ofMinutes(5));

        assertThat(a.failedLogins()).isEqualTo(2);
        assertThat(a.mayLogInAt(T0)).isTrue();
    }

    @Test
    void recordSuccessfulLogin_afterFailures_resetsCount() {
        AdministratorRecord a = AdministratorRecord.enrol("a", "A", AdministratorRole.AUDITOR, "h", null, T0);
        a.recordFailedLogin(T0, 3, Duration.ofMinutes(5));

        a.recordSuccessfulLogin();

        assertThat(a.failedLogins()).isZero();
    }

    @Test
    void disable_enabledAdministrator_mayNotLogIn() {
        AdministratorRecord a = AdministratorRecord.enrol("a", "A", AdministratorRole.AUDITOR, "h", null, T0);

        a.disable();

        assertThat(a.mayLogInAt(T0)).isFalse();
    }
}
