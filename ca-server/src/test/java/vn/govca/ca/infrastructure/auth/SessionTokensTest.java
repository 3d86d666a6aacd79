package vn.govca.ca.infrastructure.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.auth.Role;

/**
 * Bearer sessions. {@link SessionTokens} reads {@code Clock.systemUTC()} and has no clock to
 * inject, so expiry is made deterministic with a zero or negative lifetime; the one test with a
 * positive lifetime awaits expiry with a bounded poll instead of a fixed sleep.
 */
class SessionTokensTest {

    private static final Principal ADMIN = new Principal(1, "admin", Role.CA_ADMIN, "password");
    private static final Principal OPERATOR = new Principal(2, "vanhanh", Role.CA_OPERATOR, "password");

    private final SessionTokens tokens = new SessionTokens();

    @Test
    void issue_liveToken_principalFound() {
        SessionTokens.IssuedToken issued = tokens.issue(ADMIN, Duration.ofMinutes(60));

        assertThat(tokens.principal(issued.token())).contains(ADMIN);
    }

    @Test
    void issue_anyPrincipal_expiryIsNowPlusTtl() {
        Instant before = Instant.now();
        SessionTokens.IssuedToken issued = tokens.issue(ADMIN, Duration.ofMinutes(60));
        Instant after = Instant.now();

        assertThat(issued.expiresAt()).isBetween(before.plus(Duration.ofMinutes(60)),
                after.plus(Duration.ofMinutes(60)));
    }

    @Test
    void issue_twice_distinct256BitUrlSafeTokens() {
        String first = tokens.issue(ADMIN, Duration.ofMinutes(5)).token();
        String second = tokens.issue(ADMIN, Duration.ofMinutes(5)).token();

        assertThat(first).isNotEqualTo(second);
        assertThat(first).matches("[A-Za-z0-9_-]{43}");
        assertThat(tokens.principal(first)).contains(ADMIN);
        assertThat(tokens.principal(second)).contains(ADMIN);
    }

    @Test
    void principal_unknownToken_empty() {
        tokens.issue(ADMIN, Duration.ofMinutes(5));

        assertThat(tokens.principal("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
        assertThat(tokens.principal("")).isEmpty();
        assertThat(tokens.principal(null)).isEmpty();
    }

    @Test
    void principal_overlongToken_empty() {
        assertThat(tokens.principal("x".repeat(101))).isEmpty();
    }

    @Test
    void principal_zeroTtl_emptyImmediately() {
        String token = tokens.issue(ADMIN, Duration.ZERO).token();

        assertThat(tokens.principal(token)).isEmpty();
    }

    @Test
    void principal_negativeTtl_empty() {
        String token = tokens.issue(ADMIN, Duration.ofMinutes(-1)).token();

        assertThat(tokens.principal(token)).isEmpty();
    }

    @Test
    void principal_ttlElapsed_emptyAndStaysEmpty() {
        String token = tokens.issue(ADMIN, Duration.ofMillis(20)).token();

        Optional<Principal> seen = awaitExpiry(token, Duration.ofSeconds(5));

        assertThat(seen).isEmpty();
        assertThat(tokens.principal(token)).isEmpty();
    }

    @Test
    void end_oneToken_onlyThatTokenEnds() {
        String ended = tokens.issue(ADMIN, Duration.ofMinutes(5)).token();
        String kept = tokens.issue(ADMIN, Duration.ofMinutes(5)).token();

        tokens.end(ended);
        tokens.end("x".repeat(101));
        tokens.end(null);

        assertThat(tokens.principal(ended)).isEmpty();
        assertThat(tokens.principal(kept)).contains(ADMIN);
    }

    @Test
    void revokeAll_oneAdministrator_onlyTheirSessionsEnd() {
        String admin1 = tokens.issue(ADMIN, Duration.ofMinutes(5)).token();
        String admin2 = tokens.issue(ADMIN, Duration.ofMinutes(5)).token();
        String operator = tokens.issue(OPERATOR, Duration.ofMinutes(5)).token();

        tokens.revokeAll(ADMIN.id());

        assertThat(tokens.principal(admin1)).isEmpty();
        assertThat(tokens.principal(admin2)).isEmpty();
        assertThat(tokens.principal(operator)).contains(OPERATOR);
    }

    @Test
    void revokeAll_unknownAdministrator_nothingEnds() {
        String token = tokens.issue(ADMIN, Duration.ofMinutes(5)).token();

        tokens.revokeAll(999);

        assertThat(tokens.principal(token)).contains(ADMIN);
    }

    /** Polls until the token stops resolving or the deadline passes; returns the last answer. */
    private Optional<Principal> awaitExpiry(String token, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        Optional<Principal> seen = tokens.principal(token);
        while (seen.isPresent() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            seen = tokens.principal(token);
        }
        return seen;
    }
}
