package vn.govca.db.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hash chain's arithmetic, shared by {@link AuditLog} (writes) and {@link AuditVerifier}
 * (checks).
 *
 * <p>Canonical bytes of a row: the fields {@code "GOVCA-AUDIT-1", seq, time, actor, action,
 * target, outcome, details, prev_hash}, each written as a 4-byte big-endian length followed by
 * that many bytes of UTF-8; a null field is the length -1 and no bytes. seq is decimal, time is
 * {@code yyyy-MM-ddTHH:mm:ss.ffffffZ} (UTC, always six fraction digits), hashes are lower-case
 * hex. Length prefixes make the encoding unambiguous: no two different rows share bytes.
 *
 * <p>{@code row_hash = SHA-256(canonical bytes)}; {@code mac = HMAC-SHA256(key, the 32 raw
 * bytes of row_hash)}. The chain links rows (edits, removals and reordering break it); the MAC
 * stops someone with database access but without the key from rebuilding the chain.
 */
final class AuditSeal {

    /** prev_hash of the first row, and the head's hash while the chain is empty. */
    static final String GENESIS_HASH = "0".repeat(64);
    /** Smallest MAC key accepted: 256 bits, the HMAC-SHA256 block strength. */
    static final int MIN_KEY_BYTES = 32;

    private static final String FORMAT_TAG = "GOVCA-AUDIT-1";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;

    AuditSeal(byte[] macKey) {
        Objects.requireNonNull(macKey, "macKey");
        if (macKey.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("audit MAC key has " + macKey.length
                    + " bytes, needs at least " + MIN_KEY_BYTES);
        }
        this.key = new SecretKeySpec(macKey.clone(), "HmacSHA256");
    }

    static byte[] canonicalBytes(AuditFields f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, FORMAT_TAG);
        field(out, Long.toString(f.seq()));
        field(out, TIME.format(f.utcTime()));
        field(out, f.actor());
        field(out, f.action());
        field(out, f.target());
        field(out, f.outcome());
        field(out, f.details());
        field(out, f.prevHash());
        return out.toByteArray();
    }

    static String rowHash(AuditFields f) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(canonicalBytes(f)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    String mac(String rowHashHex) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return HEX.formatHex(hmac.doFinal(HEX.parseHex(rowHashHex)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    /** Constant-time comparison of a stored MAC with the one {@code rowHashHex} calls for. */
    boolean macMatches(String rowHashHex, String storedMacHex) {
        byte[] expected = mac(rowHashHex).getBytes(StandardCharsets.US_ASCII);
        byte[] stored = storedMacHex == null ? new byte[0] : storedMacHex.getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, stored);
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
