package vn.govca.dist.hsm;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * A client of GovCA's REST API (docs/api.md) over HTTPS, as a script would use it: with the
 * administrator's TLS client certificate, or with a bearer token from a password login. It
 * calls {@code https://localhost:<port>} because the bootstrap's server certificate names
 * {@code localhost} (RFC 6125 host name check stays on).
 */
public final class GovCaApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI base;
    private final String bearer;

    private GovCaApi(HttpClient http, URI base, String bearer) {
        this.http = http;
        this.base = base;
        this.bearer = bearer;
    }

    /**
     * @param httpsBase the server's HTTPS base ({@code WildFlyServer.httpsBase()}); only its port is used
     * @param tls       from {@link HsmHome#tls(boolean)}
     */
    public static GovCaApi of(URI httpsBase, SSLContext tls) {
        HttpClient http = HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        return new GovCaApi(http, URI.create("https://localhost:" + httpsBase.getPort()), null);
    }

    /** The same client sending {@code Authorization: Bearer <token>}. */
    public GovCaApi withBearer(String token) {
        return new GovCaApi(http, base, token);
    }

    /** The body of {@code POST /api/v1/cas}; {@code parent} only for SUBORDINATE (else null). */
    public static JsonObject createCaBody(String name, String type, String token, String keySpec, String subject,
                                          int validityDays, String parent) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("name", name).add("type", type).add("token", token)
                .add("keySpec", keySpec).add("subject", subject).add("validityDays", validityDays);
        if (parent != null) {
            b.add("parent", parent);
        }
        return b.build();
    }

    /** The body of {@code POST /api/v1/certificates}, to which optional fields may be added. */
    public static JsonObjectBuilder issueBody(String ca, String profile, String csrPem) {
        return Json.createObjectBuilder().add("ca", ca).add("profile", profile).add("csr", csrPem);
    }

    /** {@code GET /ca/{name}.pem} on the public HTTP port (AIA caIssuers' sibling). */
    public static X509Certificate publicCaCertificate(URI httpBase, String name) {
        HttpRequest r = HttpRequest.newBuilder(httpBase.resolve("/ca/" + name + ".pem")).timeout(TIMEOUT).build();
        try {
            HttpResponse<String> pem = HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
            if (pem.statusCode() != 200) {
                throw new AssertionError("GET " + r.uri() + " -> " + pem.statusCode() + " " + pem.body());
            }
            return ExternalTools.certificate(pem.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + r.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + r.uri(), e);
        }
    }

    /** {@code POST /api/v1/auth/login}. */
    public Answer login(String username, String password) {
        return post("/api/v1/auth/login", Json.createObjectBuilder().add("username", username)
                .add("password", password).build());
    }

    public Answer post(String path, JsonObject body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Accept", "application/json, application/problem+json");
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return b;
    }

    private Answer send(HttpRequest.Builder request) {
        HttpRequest r = request.build();
        try {
            HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.method() + " " + r.uri().getPath(), response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(r.method() + " " + r.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + r.method() + " " + r.uri(), e);
        }
    }

    /** A response: status and body; {@link #toString()} shows both for assertion messages. */
    public record Answer(String request, int status, String body) {

        /** The body as a JSON object (a resource or an RFC 9457 problem). */
        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        /** The problem category ({@code FORBIDDEN}, ...), or null for a body without one. */
        public String category() {
            return body.isBlank() ? null : json().getString("category", null);
        }

        public String string(String field) {
            return json().getString(field);
        }

        @Override
        public String toString() {
            return request + " -> " + status + " " + body;
        }
    }
}
