package vn.govca.ca.infrastructure.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.govca.ca.domain.auth.Principal;

/**
 * Bearer tokens handed out by a password login, so scripts pay for the Argon2 hash once per
 * session and not per request. Only the SHA-256 of a token is kept; tokens are 256-bit random.
 *
 * <p>Kept in this node's memory: on a cluster a script must stick to one node or log in again
 * (noted in docs/api.md). A token holds the principal as it signed in, with the stamp of its
 * password ({@code Principal.credential()}); {@code AuthenticationService.byToken} compares it with
 * the stored account on every call and ends the token when the account no longer grants it.
 */
@ApplicationScoped
public class SessionTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    record Session(Principal principal, Instant expires) {
    }

    /** A new token for the principal, valid for {@code ttl}. */
    public IssuedToken issue(Principal principal, Duration ttl) {
        purgeExpired();
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant expires = clock.instant().plus(ttl);
        sessions.put(digest(token), new Session(principal, expires));
        return new IssuedToken(token, expires);
    }

    /** The principal of a live token, or empty. */
    public Optional<Principal> principal(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        String key = digest(token);
        Session s = sessions.get(key);
        if (s == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(s.expires())) {
            sessions.remove(key);
            return Optional.empty();
        }
        return Optional.of(s.principal());
    }

    /** Ends one token (e.g. one its account no longer grants); an unknown token is ignored. */
    public void end(String token) {
        if (token != null && token.length() <= 100) {
            sessions.remove(digest(token));
        }
    }

    /** Ends every session of one administrator (e.g. after a role change or lock). */
    public void revokeAll(long administratorId) {
        sessions.values().removeIf(s -> s.principal().id() == administratorId);
    }

    private void purgeExpired() {
        Instant now = clock.instant();
        sessions.values().removeIf(s -> !now.isBefore(s.expires()));
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** What the login endpoint returns. */
    public record IssuedToken(String token, Instant expiresAt) {
    }
}
