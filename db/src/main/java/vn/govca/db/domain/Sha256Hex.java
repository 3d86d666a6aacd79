package vn.govca.db.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A SHA-256 digest in lower-case hex (64 characters): certificate and client-certificate
 * fingerprints, the keys by which certificates and administrators are looked up.
 */
public record Sha256Hex(String value) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public Sha256Hex {
        Objects.requireNonNull(value, "sha256");
        value = value.toLowerCase(Locale.ROOT);
        if (!HEX64.matcher(value).matches()) {
            throw new IllegalArgumentException("SHA-256 fingerprint '" + value + "' must be 64 hex digits");
        }
    }

    public static Sha256Hex of(String value) {
        return new Sha256Hex(value);
    }

    /** The SHA-256 of {@code data}, e.g. a certificate's DER encoding. */
    public static Sha256Hex digestOf(byte[] data) {
        Objects.requireNonNull(data, "data");
        try {
            return new Sha256Hex(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
