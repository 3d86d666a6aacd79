package vn.govca.pki.domain.token;

import java.util.Objects;

/**
 * Whether a crypto token can sign now, and if not, why. The health endpoint reports it and a CA
 * whose token is inactive refuses to issue (DESIGN invariant 3: a part that cannot start says
 * why instead of failing silently).
 *
 * @param active true once the token is logged in and its keys are usable
 * @param reason for an inactive token why it is inactive (never a PIN or password); for an
 *     active one {@code "active"}
 */
public record TokenStatus(boolean active, String reason) {

    /** The status of a logged-in token. */
    public static final TokenStatus ACTIVE = new TokenStatus(true, "active");

    public TokenStatus {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("token status reason must not be blank");
        }
    }

    /** The status of a token that cannot sign, with the reason. */
    public static TokenStatus inactive(String reason) {
        return new TokenStatus(false, reason);
    }
}
