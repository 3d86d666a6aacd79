package vn.govca.ocsp.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.govca.ocsp.domain.OcspReply;
import vn.govca.ocsp.domain.OcspRequestParser;
import vn.govca.ocsp.domain.OcspResponseStatus;

/** The HTTP binding both deployables share (RFC 5019 §5-6, DESIGN invariant 7). */
class OcspHttpTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final OcspReply CACHEABLE = OcspReply.successful(new byte[] {0x30, 0x00}, NOW, NOW,
            NOW.plus(Duration.ofHours(4)), "\"abc\"", Duration.ofSeconds(60));

    @Test
    void get_cacheableReply_rfc5019CachingHeaders() {
        OcspHttp.Answer r = OcspHttp.get(CACHEABLE, NOW, null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.reply()).isSameAs(CACHEABLE);
        assertThat(r.header("Cache-Control")).startsWith("max-age=60,").contains("public");
        assertThat(r.header("ETag")).isEqualTo("\"abc\"");
        assertThat(r.header("Last-Modified")).isEqualTo("Mon, 23 Nov 2026 10:00:00 GMT");
        assertThat(r.header("Expires")).isEqualTo("Mon, 23 Nov 2026 14:00:00 GMT");
    }

    @Test
    void get_sameReplyLater_headersFollowTheClockAndTheReply() {
        OcspReply other = OcspReply.successful(new byte[] {0x30, 0x00}, NOW.plusSeconds(7), NOW.plusSeconds(7),
                NOW.plus(Duration.ofHours(2)), "\"def\"", Duration.ofSeconds(60));

        OcspHttp.Answer first = OcspHttp.get(CACHEABLE, NOW, null);
        OcspHttp.Answer later = OcspHttp.get(CACHEABLE, NOW.plus(Duration.ofHours(4)).minusSeconds(30), null);
        OcspHttp.Answer otherReply = OcspHttp.get(other, NOW, null);

        assertThat(first.header("Cache-Control")).startsWith("max-age=60,");
        assertThat(later.header("Cache-Control")).startsWith("max-age=30,");
        assertThat(later.header("Last-Modified")).isEqualTo(first.header("Last-Modified"));
        assertThat(otherReply.header("Last-Modified")).isEqualTo("Mon, 23 Nov 2026 10:00:07 GMT");
        assertThat(otherReply.header("Expires")).isEqualTo("Mon, 23 Nov 2026 12:00:00 GMT");
    }

    @Test
    void get_matchingIfNoneMatch_notModifiedWithoutBody() {
        OcspHttp.Answer r = OcspHttp.get(CACHEABLE, NOW, "\"abc\"");

        assertThat(r.status()).isEqualTo(304);
        assertThat(r.reply()).isNull();
        assertThat(r.header("ETag")).isEqualTo("\"abc\"");
    }

    @Test
    void get_nearNextUpdate_maxAgeNeverPastIt() {
        assertThat(OcspHttp.get(CACHEABLE, NOW.plus(Duration.ofHours(4)).minusSeconds(10), null)
                .header("Cache-Control")).startsWith("max-age=10,");
    }

    @Test
    void encodedRequest_rawPathAfterPrefix() {
        assertThat(OcspServlet.encodedRequest("/ocsp/MEow%2BSDA/x=", "/ocsp")).isEqualTo("MEow%2BSDA/x=");
        assertThat(OcspServlet.encodedRequest("/ocsp", "/ocsp")).isEmpty();
        assertThat(OcspServlet.encodedRequest("/ocsp/", "/ocsp")).isEmpty();
        assertThat(OcspServlet.encodedRequest("/ocspx/abc", "/ocsp")).isEmpty();
    }

    @Test
    void get_unsuccessfulReply_notCached() {
        OcspHttp.Answer r = OcspHttp.get(OcspReply.unsuccessful(OcspResponseStatus.TRY_LATER), NOW, null);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Cache-Control")).isEqualTo("no-cache, no-store");
    }

    @Test
    void post_cacheableReply_neverCached() {
        OcspHttp.Answer r = OcspHttp.post(new ByteArrayInputStream(new byte[] {1}), b -> CACHEABLE);

        assertThat(r.header("Cache-Control")).isEqualTo("no-cache, no-store");
    }

    @Test
    void post_hugeBody_readsAtMostLimitPlusOne() {
        AtomicInteger seen = new AtomicInteger();
        OcspHttp.post(new ByteArrayInputStream(new byte[1 << 20]), b -> {
            seen.set(b.length);
            return OcspReply.unsuccessful(OcspResponseStatus.MALFORMED_REQUEST);
        });

        assertThat(seen.get()).isEqualTo(OcspRequestParser.MAX_REQUEST_BYTES + 1);
    }

    @Test
    void post_unreadableBody_malformedRequest() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };
        OcspHttp.Answer r = OcspHttp.post(broken, b -> CACHEABLE);

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.reply().der()).isEqualTo(OcspReply.unsuccessful(OcspResponseStatus.MALFORMED_REQUEST).der());
    }

    @Test
    void malformed_isMalformedRequestNotCached() {
        OcspHttp.Answer r = OcspHttp.malformed();

        assertThat(r.reply().der()).isEqualTo(OcspReply.unsuccessful(OcspResponseStatus.MALFORMED_REQUEST).der());
        assertThat(r.header("Cache-Control")).isEqualTo("no-cache, no-store");
    }
}
