package vn.govca.ocsp.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the responder sends back: the DER {@code OCSPResponse} (RFC 6960 §4.2.1) and what the HTTP
 * edge needs for caching it (RFC 5019 §6.2): {@code Last-Modified} = {@link #producedAt()},
 * {@code Expires} = {@link #nextUpdate()}, {@code ETag} = {@link #etag()} and
 * {@code Cache-Control: max-age=}{@link #maxAgeSeconds(Instant)}. Only a {@link #cacheable()}
 * reply to a GET may be cached; POST replies, replies to nonce requests and unsuccessful replies
 * are sent with {@code Cache-Control: no-cache}.
 */
public final class OcspReply {

    private final OcspResponseStatus status;
    private final byte[] der;
    private final Instant producedAt;
    private final Instant thisUpdate;
    private final Instant nextUpdate;
    private final String etag;
    private final Duration httpMaxAge;

    private OcspReply(OcspResponseStatus status, byte[] der, Instant producedAt, Instant thisUpdate,
            Instant nextUpdate, String etag, Duration httpMaxAge) {
        this.status = status;
        this.der = der;
        this.producedAt = producedAt;
        this.thisUpdate = thisUpdate;
        this.nextUpdate = nextUpdate;
        this.etag = etag;
        this.httpMaxAge = httpMaxAge;
    }

    /** An unsigned reply with only {@code status} (not SUCCESSFUL). */
    public static OcspReply unsuccessful(OcspResponseStatus status) {
        return new OcspReply(status, status.unsuccessfulDer(), null, null, null, null, null);
    }

    /**
     * A signed, successful reply.
     *
     * @param etag       the strong entity tag (quoted) if HTTP caches may keep the reply, else null
     * @param httpMaxAge the configured upper bound of {@code max-age}; ignored when {@code etag} is null
     */
    public static OcspReply successful(byte[] der, Instant producedAt, Instant thisUpdate, Instant nextUpdate,
            String etag, Duration httpMaxAge) {
        Objects.requireNonNull(der, "der");
        Objects.requireNonNull(producedAt, "producedAt");
        Objects.requireNonNull(thisUpdate, "thisUpdate");
        Objects.requireNonNull(nextUpdate, "nextUpdate");
        if (etag != null) {
            Objects.requireNonNull(httpMaxAge, "httpMaxAge");
        }
        return new OcspReply(OcspResponseStatus.SUCCESSFUL, der, producedAt, thisUpdate, nextUpdate, etag,
                httpMaxAge);
    }

    public OcspResponseStatus status() {
        return status;
    }

    /** A copy of the DER {@code OCSPResponse}. */
    public byte[] der() {
        return der.clone();
    }

    /** The DER length (for {@code Content-Length}). */
    public int length() {
        return der.length;
    }

    /** Writes the DER {@code OCSPResponse} without copying it. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(der);
    }

    /** The DER {@code OCSPResponse} as a read-only buffer over the same bytes (no copy). */
    public java.nio.ByteBuffer buffer() {
        return java.nio.ByteBuffer.wrap(der).asReadOnlyBuffer();
    }

    /** When the response was signed; empty for an unsuccessful reply. */
    public Optional<Instant> producedAt() {
        return Optional.ofNullable(producedAt);
    }

    /** The thisUpdate of the single responses; empty for an unsuccessful reply. */
    public Optional<Instant> thisUpdate() {
        return Optional.ofNullable(thisUpdate);
    }

    /** The nextUpdate of the single responses (HTTP {@code Expires}); empty for an unsuccessful reply. */
    public Optional<Instant> nextUpdate() {
        return Optional.ofNullable(nextUpdate);
    }

    /** The strong ETag, quoted, present exactly when the reply is {@link #cacheable()}. */
    public Optional<String> etag() {
        return Optional.ofNullable(etag);
    }

    /**
     * Whether an HTTP cache may keep this reply when it answers a GET: successful and without a
     * nonce (RFC 5019 §6.2). POST replies are never cached, whatever this says.
     */
    public boolean cacheable() {
        return etag != null;
    }

    /**
     * The {@code max-age} for a reply sent at {@code now}: the configured bound, never beyond
     * nextUpdate (RFC 5019 §6.2), and 0 for a reply that is not cacheable.
     */
    public long maxAgeSeconds(Instant now) {
        if (!cacheable()) {
            return 0;
        }
        long untilNext = Duration.between(now, nextUpdate).getSeconds();
        return Math.max(0, Math.min(untilNext, httpMaxAge.getSeconds()));
    }

    @Override
    public String toString() {
        return "OcspReply[" + status + ", " + der.length + " bytes"
                + (nextUpdate == null ? "" : ", nextUpdate " + nextUpdate) + (cacheable() ? ", cacheable" : "") + "]";
    }
}
