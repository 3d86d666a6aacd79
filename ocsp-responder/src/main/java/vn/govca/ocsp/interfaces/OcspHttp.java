package vn.govca.ocsp.interfaces;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.govca.ocsp.domain.OcspReply;
import vn.govca.ocsp.domain.OcspRequestParser;
import vn.govca.ocsp.domain.OcspResponseStatus;

/**
 * The OCSP responder's HTTP binding (RFC 6960 Appendix A, RFC 5019 §5-6), shared by every
 * deployable that serves {@code POST /ocsp} and {@code GET /ocsp/{request}} (the CA server and the
 * validation node, through {@link OcspServlet}), so both answer alike: always an
 * {@code application/ocsp-response} with HTTP 200 — bad input is an OCSP {@code malformedRequest},
 * never a problem body or a 500 (DESIGN invariant 7).
 *
 * <p>POST accepts any Content-Type, or none: many clients omit {@code application/ocsp-request},
 * and what decides is whether the body is one DER OCSPRequest. At most 64 KiB + 1 byte is read;
 * anything longer is refused by the core as malformed. Caching (RFC 5019 §6.2): a cacheable reply
 * to GET carries {@code Cache-Control: max-age} (≤ {@code govca.ocsp.httpMaxAgeSeconds}, never past
 * nextUpdate), {@code Last-Modified} (producedAt), {@code Expires} (nextUpdate) and a strong
 * {@code ETag}; POST replies and unsuccessful or nonce replies are {@code no-cache, no-store}.
 *
 * <p>Free of any web framework: the answer is a value ({@link Answer}) that the servlet writes.
 */
public final class OcspHttp {

    public static final String OCSP_RESPONSE = "application/ocsp-response";
    static final String NOT_CACHED = "no-cache, no-store";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    /**
     * Header values formatted once: a GET hit would otherwise format two HTTP dates and a max-age
     * string per request — the largest share of a cached answer's garbage in the OCSP benchmark's
     * allocation profile. Pre-produced responses share few distinct instants (whole seconds) and
     * max-age values; the bound only keeps a long run from growing the maps.
     */
    private static final int MAX_CACHED_VALUES = 4096;
    private static final Map<Instant, String> DATES = new ConcurrentHashMap<>();
    private static final Map<Long, String> CACHE_CONTROLS = new ConcurrentHashMap<>();

    private OcspHttp() {
    }

    /**
     * What to send: an HTTP status, headers in order, and the DER body (null for 304).
     *
     * @param reply the OCSP reply whose DER is the body, or null for {@code 304 Not Modified}
     */
    public record Answer(int status, Map<String, String> headers, OcspReply reply) {

        /** A header's value, or null. */
        public String header(String name) {
            return headers.get(name);
        }
    }

    /** The reply to {@code POST /ocsp}: the body answered by {@code responder}, never cached. */
    public static Answer post(InputStream body, Function<byte[], OcspReply> responder) {
        byte[] request;
        try {
            request = body == null ? new byte[0] : body.readNBytes(OcspRequestParser.MAX_REQUEST_BYTES + 1);
        } catch (IOException e) {
            return notCached(OcspReply.unsuccessful(OcspResponseStatus.MALFORMED_REQUEST));
        }
        return posted(responder.apply(request));
    }

    /** The reply to {@code POST /ocsp} once answered: never cached. */
    public static Answer posted(OcspReply reply) {
        return notCached(reply);
    }

    /**
     * The reply to {@code GET /ocsp/{request}}: with RFC 5019 caching headers when cacheable, and
     * 304 when {@code ifNoneMatch} is its ETag.
     */
    public static Answer get(OcspReply reply, Instant now, String ifNoneMatch) {
        if (!reply.cacheable()) {
            return notCached(reply);
        }
        String etag = reply.etag().orElseThrow();
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Cache-Control", cached(CACHE_CONTROLS, reply.maxAgeSeconds(now),
                maxAge -> "max-age=" + maxAge + ", public, no-transform, must-revalidate"));
        h.put("ETag", etag);
        h.put("Last-Modified", cached(DATES, reply.producedAt().orElseThrow(), HTTP_DATE::format));
        h.put("Expires", cached(DATES, reply.nextUpdate().orElseThrow(), HTTP_DATE::format));
        return etag.equals(ifNoneMatch) ? new Answer(304, h, null) : new Answer(200, h, reply);
    }

    private static <K> String cached(Map<K, String> values, K key, Function<K, String> format) {
        String value = values.get(key);
        if (value == null) {
            value = format.apply(key);
            if (values.size() >= MAX_CACHED_VALUES) {
                values.clear();
            }
            values.put(key, value);
        }
        return value;
    }

    /** {@code GET /ocsp} without a request: an OCSP malformedRequest, like any other bad request. */
    public static Answer malformed() {
        return notCached(OcspReply.unsuccessful(OcspResponseStatus.MALFORMED_REQUEST));
    }

    private static Answer notCached(OcspReply reply) {
        return new Answer(200, Map.of("Cache-Control", NOT_CACHED), reply);
    }
}
