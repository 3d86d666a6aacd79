package vn.govca.dist.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * One answer of the GovCA server, read whole: status, content type and body, with JSON access.
 *
 * @param request     method and path, for assertion messages
 * @param status      HTTP status
 * @param contentType the Content-Type header, or "" when absent
 * @param body        the raw body
 */
public record ApiResponse(String request, int status, String contentType, byte[] body) {

    static ApiResponse of(String request, HttpResponse<byte[]> r) {
        return new ApiResponse(request, r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as a JSON object. */
    public JsonObject json() {
        return (JsonObject) structure();
    }

    /** The body as a JSON array. */
    public JsonArray jsonArray() {
        return (JsonArray) structure();
    }

    private JsonStructure structure() {
        try (JsonReader r = Json.createReader(new ByteArrayInputStream(body))) {
            return r.read();
        } catch (RuntimeException e) {
            throw new AssertionError(request + " answered " + status + " with a body that is not JSON: " + text(), e);
        }
    }

    @Override
    public String toString() {
        String t = text();
        return request + " -> " + status + " " + contentType + " " + (t.length() > 2000 ? t.substring(0, 2000) + "…" : t);
    }
}
