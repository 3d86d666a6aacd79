package vn.govca.dist.it;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import vn.govca.dist.testkit.TestHome;
import vn.govca.dist.testkit.WildFlyServer;

/**
 * One user of the RA's REST API, logged in by password: every call carries the user's bearer
 * token, as a provincial system filing requests in bulk would.
 */
public final class RaApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI https;
    private final HttpClient client;
    private final String token;
    private final String name;

    private RaApi(URI https, HttpClient client, String token, String name) {
        this.https = https;
        this.client = client;
        this.token = token;
        this.name = name;
    }

    /** Logs in with username and password; fails the test when the login is refused. */
    public static RaApi login(TestHome home, WildFlyServer server, String username, String password) {
        GovCaClient anonymous = GovCaClient.of(home, server);
        ApiResponse r = anonymous.anonymousPost("/api/v1/auth/login", Json.createObjectBuilder()
                .add("username", username).add("password", password).build().toString());
        if (r.status() != 200) {
            throw new AssertionError("login of " + username + " refused: " + r);
        }
        return new RaApi(home.httpsBase(server), home.httpClient(false, null), r.json().getString("token"), username);
    }

    public ApiResponse get(String path) {
        return send(HttpRequest.newBuilder(https.resolve(path)).GET(), "GET " + path);
    }

    public ApiResponse post(String path, String json) {
        return send(HttpRequest.newBuilder(https.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), "POST " + path);
    }

    /** POSTs raw bytes of {@code contentType} (e.g. a CSV file). */
    public ApiResponse post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(https.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), "POST " + path);
    }

    public ApiResponse put(String path, String json) {
        return send(HttpRequest.newBuilder(https.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), "PUT " + path);
    }

    private ApiResponse send(HttpRequest.Builder b, String what) {
        try {
            HttpResponse<byte[]> r = client.send(b.header("Authorization", "Bearer " + token).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return ApiResponse.of(what + " as " + name, r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(what + " as " + name + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        }
    }
}
