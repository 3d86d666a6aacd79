package vn.govca.ca.domain.auth;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * Which credential a sign-in was proven with, as a digest that a web session or bearer token keeps
 * with its {@link Principal}: the SHA-256 of the stored password hash (Argon2id PHC string, whose
 * fresh salt makes every reset a new stamp, even to the same password) for a password sign-in, or
 * of the bound certificate fingerprint for a client-certificate sign-in. Each request recomputes it
 * from the stored account; a different stamp means the credential was reset or replaced since the
 * sign-in, and the session or token ends (a leaked password stops working for whoever holds a
 * session opened with it). Nothing is stored for it: no schema change, and it works across nodes.
 *
 * <p>The digest is not a secret: without the salt, which only the database holds, it confirms no
 * password guess. Only its first 128 bits are kept.
 */
public record CredentialStamp(String value) implements Serializable {

    private static final int BYTES = 16;

    public CredentialStamp {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9_-]{22}")) {
            throw new IllegalArgumentException("a credential stamp is 22 base64url characters, not " + value.length());
        }
    }

    /** The stamp of a password sign-in; null when the account has no password hash (it cannot sign in so). */
    public static CredentialStamp ofPasswordHash(String passwordHash) {
        return passwordHash == null ? null : digest("password\0" + passwordHash);
    }

    /** The stamp of a client-certificate sign-in; null when the account has no bound certificate. */
    public static CredentialStamp ofCertificateFingerprint(String sha256Hex) {
        return sha256Hex == null ? null : digest("client-certificate\0" + sha256Hex);
    }

    private static CredentialStamp digest(String text) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return new CredentialStamp(Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(Arrays.copyOf(sha, BYTES)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
