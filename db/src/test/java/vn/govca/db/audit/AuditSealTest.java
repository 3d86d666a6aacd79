package vn.govca.db.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AuditSealTest {

    private static final LocalDateTime TIME = LocalDateTime.of(2026, 3, 29, 1, 30, 0, 123_000);

    private static AuditFields fields(String actor, String action, String target, String details) {
        return new AuditFields(7, TIME, actor, action, target, "SUCCESS", details, AuditSeal.GENESIS_HASH);
    }

    @Test
    void canonicalBytes_knownRow_isLengthPrefixedUtf8() {
        byte[] bytes = AuditSeal.canonicalBytes(new AuditFields(1, TIME, "ơ", "A", null, "SUCCESS", "", "h"));

        String expected = "0000000d" + hex("GOVCA-AUDIT-1")
                + "00000001" + hex("1")
                + "0000001b" + hex("2026-03-29T01:30:00.000123Z")
                + "00000002" + "c6a1"
                + "00000001" + hex("A")
                + "ffffffff"
                + "00000007" + hex("SUCCESS")
                + "00000000"
                + "00000001" + hex("h");
        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(expected);
    }

    @Test
    void rowHash_fieldBoundaryMoved_differs() {
        assertThat(AuditSeal.rowHash(fields("ab", "c", "t", "{}")))
                .isNotEqualTo(AuditSeal.rowHash(fields("a", "bc", "t", "{}")));
    }

    @Test
    void rowHash_nullAndEmptyTarget_differ() {
        assertThat(AuditSeal.rowHash(fields("a", "b", null, "{}")))
                .isNotEqualTo(AuditSeal.rowHash(fields("a", "b", "", "{}")));
    }

    @Test
    void mac_otherKey_differs() {
        String hash = AuditSeal.rowHash(fields("a", "b", "t", "{}"));
        byte[] key = new byte[32];
        byte[] other = new byte[32];
        other[31] = 1;

        assertThat(new AuditSeal(key).mac(hash)).isNotEqualTo(new AuditSeal(other).mac(hash)).hasSize(64);
        assertThat(new AuditSeal(key).macMatches(hash, new AuditSeal(key).mac(hash))).isTrue();
        assertThat(new AuditSeal(key).macMatches(hash, null)).isFalse();
    }

    @Test
    void constructor_keyShorterThan32Bytes_isRejected() {
        assertThatThrownBy(() -> new AuditLog(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    private static String hex(String s) {
        return HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8));
    }
}
