package vn.govca.dist.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import vn.govca.dist.testkit.TestHome;
import vn.govca.dist.testkit.WildFlyServer;

/**
 * The GovCA REST API and public endpoints as a client sees them: the administrator over HTTPS with
 * the bootstrap's client certificate ({@code admin/admin.p12}), an anonymous HTTPS client (for
 * bearer tokens or no credentials) and plain HTTP (public endpoints on port 8080).
 */
public final class GovCaClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI https;
    private final URI http;
    private final HttpClient admin;
    private final HttpClient anonymous;
    private final HttpClient plain;

    private GovCaClient(URI https, URI http, HttpClient admin, HttpClient anonymous, HttpClient plain) {
        this.https = https;
        this.http = http;
        this.admin = admin;
        this.anonymous = anonymous;
        this.plain = plain;
    }

    /** A client of {@code server}, trusting and authenticating with what {@code home} holds. */
    public static GovCaClient of(TestHome home, WildFlyServer server) {
        return new GovCaClient(home.httpsBase(server), server.httpBase(), home.httpClient(true, null),
                home.httpClient(false, null),
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                        .build());
    }

    /** GET over HTTPS as the administrator (client certificate). */
    public ApiResponse adminGet(String path) {
        return send(admin, HttpRequest.newBuilder(https.resolve(path)).GET(), "GET " + path);
    }

    /** POST a JSON body over HTTPS as the administrator (client certificate). */
    public ApiResponse adminPost(String path, String json) {
        return adminPost(path, "application/json", json);
    }

    /** POST a body of any content type over HTTPS as the administrator. */
    public ApiResponse adminPost(String path, String contentType, String body) {
        return send(admin, HttpRequest.newBuilder(https.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)), "POST " + path);
    }

    /** GET over HTTPS without a client certificate; {@code bearer} may be null (no credentials). */
    public ApiResponse anonymousGet(String path, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(https.resolve(path)).GET();
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return send(anonymous, b, "GET " + path + (bearer == null ? "" : " (bearer)"));
    }

    /** POST JSON over HTTPS without a client certificate (password login). */
    public ApiResponse anonymousPost(String path, String json) {
        return send(anonymous, HttpRequest.newBuilder(https.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), "POST " + path);
    }

    /** GET over plain HTTP (port 8080). */
    public ApiResponse httpGet(String path) {
        return send(plain, HttpRequest.newBuilder(http.resolve(path)).GET(), "GET http " + path);
    }

    /** Encodes a query parameter value. */
    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static ApiResponse send(HttpClient client, HttpRequest.Builder request, String what) {
        try {
            return ApiResponse.of(what, client.send(request.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(what + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + what, e);
        }
    }
}
