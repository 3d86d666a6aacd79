package vn.govca.ca.domain.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import vn.govca.pki.domain.GovCaException;

/**
 * Password hashes in the PHC string format with Argon2id (RFC 9106), the memory-hard KDF OWASP
 * recommends; parameters m=19 MiB, t=2, p=1 are OWASP's baseline. Parameters are stored in the
 * hash, so raising them later keeps old hashes verifiable.
 */
public final class PasswordHash {

    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    /** Longer passwords are refused: hashing them costs the server, not the caller. */
    public static final int MAX_PASSWORD_CHARS = 1024;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Bounds a stored hash must meet to be tried at all: the lower ones are RFC 9106 section 3.1
     * (p >= 1, t >= 1, m >= 8p) and the reference implementation's 8-byte minimum salt; the upper
     * ones are ours, far above today's parameters, so a corrupt row cannot make the server derive
     * with gigabytes or hours of work.
     */
    private static final int MAX_MEMORY_KIB = 1024 * 1024;
    private static final int MAX_ITERATIONS = 64;
    private static final int MAX_PARALLELISM = 16;
    private static final int MIN_SALT_BYTES = 8;
    private static final int MIN_HASH_BYTES = 16;
    private static final int MAX_HASH_BYTES = 64;

    private PasswordHash() {
    }

    /** Hashes a new password; refuses ones shorter than 12 characters. */
    public static String hash(char[] password) {
        if (password.length < 12) {
            throw GovCaException.policy("password has " + password.length
                    + " characters; at least 12 are required");
        }
        checkLength(password);
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] out = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + b64.encodeToString(salt) + "$" + b64.encodeToString(out);
    }

    /**
     * Checks a password against a stored PHC string in constant time. A malformed or out-of-bounds
     * PHC string is a non-match ({@code false}), never an exception: a corrupt row must fail the
     * login like a wrong password, and must not make the server derive with absurd parameters.
     */
    public static boolean verify(char[] password, String phc) {
        if (phc == null || password.length > MAX_PASSWORD_CHARS) {
            return false;
        }
        String[] parts = phc.split("\\$", -1);
        if (parts.length != 6 || !parts[0].isEmpty() || !"argon2id".equals(parts[1]) || !"v=19".equals(parts[2])) {
            return false;
        }
        int[] mtp = parameters(parts[3]);
        byte[] salt = base64(parts[4]);
        byte[] expected = base64(parts[5]);
        if (mtp == null || salt == null || expected == null || salt.length < MIN_SALT_BYTES
                || expected.length < MIN_HASH_BYTES || expected.length > MAX_HASH_BYTES) {
            return false;
        }
        byte[] actual = derive(password, salt, mtp[0], mtp[1], mtp[2], expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** The m, t and p of a PHC parameter field, all three present and within bounds, or {@code null}. */
    private static int[] parameters(String field) {
        int[] mtp = {-1, -1, -1};
        for (String kv : field.split(",", -1)) {
            String[] pair = kv.split("=", 2);
            int index = pair.length != 2 ? -1 : "mtp".indexOf(pair[0]);
            if (index < 0 || pair[0].length() != 1 || !pair[1].matches("[0-9]{1,9}")) {
                return null;
            }
            mtp[index] = Integer.parseInt(pair[1]);
        }
        int m = mtp[0];
        int t = mtp[1];
        int p = mtp[2];
        boolean ok = p >= 1 && p <= MAX_PARALLELISM && t >= 1 && t <= MAX_ITERATIONS
                && m >= 8 * p && m <= MAX_MEMORY_KIB;
        return ok ? mtp : null;
    }

    /** Unpadded standard Base64 as PHC uses it, or {@code null} when it is not. */
    private static byte[] base64(String text) {
        if (!text.matches("[A-Za-z0-9+/]+") || text.length() % 4 == 1) {
            return null;
        }
        return Base64.getDecoder().decode(text);
    }

    private static void checkLength(char[] password) {
        if (password.length > MAX_PASSWORD_CHARS) {
            throw GovCaException.policy("password has " + password.length + " characters; at most "
                    + MAX_PASSWORD_CHARS + " are allowed");
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int m, int t, int p, int len) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(m).withIterations(t).withParallelism(p).build();
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(params);
        // NFC: the same Vietnamese password typed precomposed or decomposed (Unikey "dựng sẵn" or
        // "tổ hợp") must verify (NIST SP 800-63B §5.1.1.2).
        byte[] pw = java.text.Normalizer.normalize(new String(password), java.text.Normalizer.Form.NFC)
                .getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[len];
        try {
            gen.generateBytes(pw, out);
        } finally {
            Arrays.fill(pw, (byte) 0);
        }
        return out;
    }
}
