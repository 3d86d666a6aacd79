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

    /** Checks a password against a stored PHC string in constant time. */
    public static boolean verify(char[] password, String phc) {
        if (phc == null || password.length > MAX_PASSWORD_CHARS) {
            return false;
        }
        String[] parts = phc.split("\\$");
        if (parts.length != 6 || !"argon2id".equals(parts[1]) || !"v=19".equals(parts[2])) {
            return false;
        }
        int m = 0;
        int t = 0;
        int p = 0;
        for (String kv : parts[3].split(",")) {
            String[] pair = kv.split("=", 2);
            if (pair.length != 2) {
                return false;
            }
            int v = Integer.parseInt(pair[1]);
            switch (pair[0]) {
                case "m" -> m = v;
                case "t" -> t = v;
                case "p" -> p = v;
                default -> {
                    return false;
                }
            }
        }
        Base64.Decoder dec = Base64.getDecoder();
        byte[] salt = dec.decode(parts[4]);
        byte[] expected = dec.decode(parts[5]);
        byte[] actual = derive(password, salt, m, t, p, expected.length);
        return MessageDigest.isEqual(expected, actual);
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
        byte[] pw = new String(password).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[len];
        try {
            gen.generateBytes(pw, out);
        } finally {
            Arrays.fill(pw, (byte) 0);
        }
        return out;
    }
}
