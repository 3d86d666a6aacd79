package vn.govca.ca.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The details column of an audit row (DESIGN invariant 6): always one valid JSON object, whatever
 * the values, read back here with an independent parser call.
 */
class AuditTrailJsonTest {

    @Test
    void json_emptyMap_emptyObject() {
        assertThat(parse(AuditTrail.json(Map.of()))).isEmpty();
    }

    @Test
    void json_integralNumbers_jsonNumbers() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("int", 42);
        d.put("long", Long.MAX_VALUE);
        d.put("negative", -7L);
        d.put("short", (short) 3);

        JsonObject o = parse(AuditTrail.json(d));

        assertThat(o.getJsonNumber("int").longValueExact()).isEqualTo(42);
        assertThat(o.getJsonNumber("long").longValueExact()).isEqualTo(Long.MAX_VALUE);
        assertThat(o.getJsonNumber("negative").longValueExact()).isEqualTo(-7);
        assertThat(o.getJsonNumber("short").longValueExact()).isEqualTo(3);
    }

    @Test
    void json_bigInteger_keptExactly() {
        BigInteger serial = new BigInteger("7f3a9c0b1d2e4f5061728394a5b6c7d8e9f00112", 16);

        JsonObject o = parse(AuditTrail.json(Map.of("serial", serial)));

        assertThat(o.getJsonNumber("serial").bigIntegerValueExact()).isEqualTo(serial);
    }

    @Test
    void json_fractionalNumbers_keptExactly() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("double", 1.5d);
        d.put("float", 0.25f);
        d.put("decimal", new BigDecimal("12345678901234567890.125"));

        JsonObject o = parse(AuditTrail.json(d));

        assertThat(o.getJsonNumber("double").bigDecimalValue()).isEqualByComparingTo("1.5");
        assertThat(o.getJsonNumber("float").bigDecimalValue()).isEqualByComparingTo("0.25");
        assertThat(o.getJsonNumber("decimal").bigDecimalValue()).isEqualByComparingTo("12345678901234567890.125");
    }

    @Test
    void json_nonFiniteDouble_validJsonString() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("nan", Double.NaN);
        d.put("inf", Double.POSITIVE_INFINITY);

        JsonObject o = parse(AuditTrail.json(d));

        assertThat(o.getString("nan")).isEqualTo("NaN");
        assertThat(o.getString("inf")).isEqualTo("Infinity");
    }

    @Test
    void json_booleans_jsonBooleans() {
        JsonObject o = parse(AuditTrail.json(Map.of("demo", true, "active", false)));

        assertThat(o.get("demo")).isEqualTo(JsonValue.TRUE);
        assertThat(o.get("active")).isEqualTo(JsonValue.FALSE);
    }

    @Test
    void json_nullValue_jsonNull() {
        Map<String, Object> d = new HashMap<>();
        d.put("parent", null);

        JsonObject o = parse(AuditTrail.json(d));

        assertThat(o).containsKey("parent");
        assertThat(o.isNull("parent")).isTrue();
    }

    @Test
    void json_vietnameseText_roundTrips() {
        String subject = "CN=Nguyễn Thị Hồng Nhung,O=Sở Thông tin và Truyền thông Thành phố Hồ Chí Minh,C=VN";

        JsonObject o = parse(AuditTrail.json(Map.of("subject", subject, "lý do", "Đã thu hồi")));

        assertThat(o.getString("subject")).isEqualTo(subject);
        assertThat(o.getString("lý do")).isEqualTo("Đã thu hồi");
    }

    @Test
    void json_quotesBackslashesControls_roundTrip() {
        String nasty = "a\"b\\c\nd\te\u0000f\u001f</script>";

        JsonObject o = parse(AuditTrail.json(Map.of("reason", nasty, "ke\"y", "v")));

        assertThat(o.getString("reason")).isEqualTo(nasty);
        assertThat(o.getString("ke\"y")).isEqualTo("v");
    }

    @Test
    void json_otherObjects_theirToString() {
        JsonObject o = parse(AuditTrail.json(Map.of("unit", java.time.Duration.ofMinutes(15))));

        assertThat(o.getString("unit")).isEqualTo("PT15M");
    }

    @Test
    void json_valueOf2000Chars_keptWhole() {
        String value = "a".repeat(2000);

        assertThat(parse(AuditTrail.json(Map.of("reason", value))).getString("reason")).isEqualTo(value);
    }

    @Test
    void json_longValue_truncatedWithEllipsis() {
        String value = "x".repeat(2000) + "y".repeat(5000);

        String reason = parse(AuditTrail.json(Map.of("reason", value))).getString("reason");

        assertThat(reason).hasSize(2001).startsWith("x".repeat(2000)).endsWith("…");
    }

    @Test
    void json_truncationInsideSurrogatePair_noLoneSurrogate() {
        String value = "a".repeat(1999) + "😀" + "b".repeat(100);

        String reason = parse(AuditTrail.json(Map.of("reason", value))).getString("reason");

        assertThat(reason).endsWith("…");
        assertThat(reason.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
        assertThat(Character.isHighSurrogate(reason.charAt(reason.length() - 2))).isFalse();
    }

    @Test
    void json_manyMixedValues_oneValidObject() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("ca", "GovCA Root");
        d.put("serial", "7f3a9c0b1d2e4f50");
        d.put("validityDays", 365);
        d.put("demo", false);
        d.put("parent", null);

        JsonObject o = parse(AuditTrail.json(d));

        assertThat(o.keySet()).containsExactly("ca", "serial", "validityDays", "demo", "parent");
        assertThat(o.get("validityDays")).isInstanceOf(JsonNumber.class);
    }

    private static JsonObject parse(String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }
}
