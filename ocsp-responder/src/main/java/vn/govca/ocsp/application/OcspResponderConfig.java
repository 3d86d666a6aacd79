package vn.govca.ocsp.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import vn.govca.ocsp.domain.NeverIssuedPolicy;
import vn.govca.ocsp.domain.Nonce;
import vn.govca.ocsp.domain.OcspRequestParser;
import vn.govca.pki.domain.GovCaException;

/**
 * The responder's one typed configuration, validated when built (STYLE: a part that cannot use its
 * configuration says why). Keys in {@code govca.properties}, all optional:
 * <pre>
 * govca.ocsp.responseValidityMinutes   240     nextUpdate - thisUpdate of every response (RFC 5019 §2.2.4)
 * govca.ocsp.refreshBeforeMinutes      60      re-sign a pre-produced response this long before its nextUpdate
 * govca.ocsp.httpMaxAgeSeconds         60      upper bound of Cache-Control max-age (RFC 5019 §6.2); bounds
 *                                              how long HTTP caches may show a revoked certificate as good
 * govca.ocsp.maxRequestBytes           65536   larger requests get malformedRequest (at most 65536)
 * govca.ocsp.maxCertIdsPerRequest      10      more CertIDs in one request get malformedRequest
 * govca.ocsp.maxNonceOctets            32      longer nonces get malformedRequest (RFC 8954: at least 32)
 * govca.ocsp.neverIssued               unknown unknown | revoked (RFC 6960 §2.2 extended revoked)
 * govca.ocsp.requestSignature          ignore  ignore | require
 * govca.ocsp.cacheEntries              100000  pre-produced responses kept for issued certificates (~1 KiB each)
 * govca.ocsp.neverIssuedCacheEntries   10000   pre-produced responses kept for never-issued serials
 * </pre>
 * An unknown {@code govca.ocsp.*} key is refused so that a typo cannot silently drop a setting.
 */
public record OcspResponderConfig(
        Duration responseValidity,
        Duration refreshBefore,
        Duration httpMaxAge,
        int maxRequestBytes,
        int maxCertIdsPerRequest,
        int maxNonceOctets,
        NeverIssuedPolicy neverIssued,
        RequestSignaturePolicy requestSignature,
        int cacheEntries,
        int neverIssuedCacheEntries) {

    public static final String PREFIX = "govca.ocsp.";
    private static final Set<String> KEYS = Set.of("responseValidityMinutes", "refreshBeforeMinutes",
            "httpMaxAgeSeconds", "maxRequestBytes", "maxCertIdsPerRequest", "maxNonceOctets", "neverIssued",
            "requestSignature", "cacheEntries", "neverIssuedCacheEntries");

    /** @throws GovCaException MALFORMED naming every field that is out of range */
    public OcspResponderConfig {
        Objects.requireNonNull(responseValidity, "responseValidity");
        Objects.requireNonNull(refreshBefore, "refreshBefore");
        Objects.requireNonNull(httpMaxAge, "httpMaxAge");
        Objects.requireNonNull(neverIssued, "neverIssued");
        Objects.requireNonNull(requestSignature, "requestSignature");
        List<String> errors = new ArrayList<>();
        range(errors, "responseValidity", responseValidity, Duration.ofMinutes(1), Duration.ofDays(7));
        range(errors, "refreshBefore", refreshBefore, Duration.ZERO, responseValidity.minusSeconds(1));
        range(errors, "httpMaxAge", httpMaxAge, Duration.ZERO, responseValidity);
        range(errors, "maxRequestBytes", maxRequestBytes, 512, OcspRequestParser.MAX_REQUEST_BYTES);
        range(errors, "maxCertIdsPerRequest", maxCertIdsPerRequest, 1, 1000);
        range(errors, "maxNonceOctets", maxNonceOctets, Nonce.RFC8954_MAX_OCTETS, 128);
        range(errors, "cacheEntries", cacheEntries, 0, 50_000_000);
        range(errors, "neverIssuedCacheEntries", neverIssuedCacheEntries, 0, 10_000_000);
        if (!errors.isEmpty()) {
            throw GovCaException.malformed("invalid OCSP responder configuration: " + String.join("; ", errors));
        }
    }

    /** Every field at its default. */
    public static OcspResponderConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.responseValidity = responseValidity;
        b.refreshBefore = refreshBefore;
        b.httpMaxAge = httpMaxAge;
        b.maxRequestBytes = maxRequestBytes;
        b.maxCertIdsPerRequest = maxCertIdsPerRequest;
        b.maxNonceOctets = maxNonceOctets;
        b.neverIssued = neverIssued;
        b.requestSignature = requestSignature;
        b.cacheEntries = cacheEntries;
        b.neverIssuedCacheEntries = neverIssuedCacheEntries;
        return b;
    }

    /**
     * Reads the {@code govca.ocsp.*} keys of {@code props}; missing keys take their defaults.
     *
     * @throws GovCaException MALFORMED for an unknown key or a value that is not a number or
     *     choice, or is out of range (all problems in one message)
     */
    public static OcspResponderConfig fromProperties(Properties props) {
        List<String> errors = new ArrayList<>();
        for (String name : props.stringPropertyNames()) {
            if (name.startsWith(PREFIX) && !KEYS.contains(name.substring(PREFIX.length()))) {
                errors.add(name + " is not a known key");
            }
        }
        Builder b = builder();
        PropertyReader r = new PropertyReader(props, errors);
        b.responseValidity(Duration.ofMinutes(r.number("responseValidityMinutes", b.responseValidity.toMinutes())));
        b.refreshBefore(Duration.ofMinutes(r.number("refreshBeforeMinutes", b.refreshBefore.toMinutes())));
        b.httpMaxAge(Duration.ofSeconds(r.number("httpMaxAgeSeconds", b.httpMaxAge.getSeconds())));
        b.maxRequestBytes(r.integer("maxRequestBytes", b.maxRequestBytes));
        b.maxCertIdsPerRequest(r.integer("maxCertIdsPerRequest", b.maxCertIdsPerRequest));
        b.maxNonceOctets(r.integer("maxNonceOctets", b.maxNonceOctets));
        b.neverIssued(r.choice("neverIssued", NeverIssuedPolicy.class, b.neverIssued));
        b.requestSignature(r.choice("requestSignature", RequestSignaturePolicy.class, b.requestSignature));
        b.cacheEntries(r.integer("cacheEntries", b.cacheEntries));
        b.neverIssuedCacheEntries(r.integer("neverIssuedCacheEntries", b.neverIssuedCacheEntries));
        if (!errors.isEmpty()) {
            throw GovCaException.malformed("invalid OCSP responder configuration: " + String.join("; ", errors));
        }
        return b.build();
    }

    private static void range(List<String> errors, String field, Duration value, Duration min, Duration max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            errors.add(field + " " + value + " is outside " + min + ".." + max);
        }
    }

    private static void range(List<String> errors, String field, long value, long min, long max) {
        if (value < min || value > max) {
            errors.add(field + " " + value + " is outside " + min + ".." + max);
        }
    }

    /** Reads numbers and choices, collecting errors instead of stopping at the first. */
    private record PropertyReader(Properties props, List<String> errors) {

        /** Bound on numbers read, so that converting minutes to a Duration cannot overflow. */
        private static final long LIMIT = 1_000_000_000_000L;

        long number(String key, long fallback) {
            String v = props.getProperty(PREFIX + key);
            if (v == null || v.isBlank()) {
                return fallback;
            }
            try {
                return Math.max(-LIMIT, Math.min(LIMIT, Long.parseLong(v.trim())));
            } catch (NumberFormatException e) {
                errors.add(PREFIX + key + " '" + v.trim() + "' is not a whole number");
                return fallback;
            }
        }

        /** A whole number clamped to the int range, so that a huge value fails the range check. */
        int integer(String key, int fallback) {
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number(key, fallback)));
        }

        <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
            String v = props.getProperty(PREFIX + key);
            if (v == null || v.isBlank()) {
                return fallback;
            }
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(v.trim())) {
                    return e;
                }
            }
            errors.add(PREFIX + key + " '" + v.trim() + "' is not one of "
                    + java.util.Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList());
            return fallback;
        }
    }

    /** Builds a configuration; unset fields keep the documented defaults. */
    public static final class Builder {
        private Duration responseValidity = Duration.ofHours(4);
        private Duration refreshBefore = Duration.ofHours(1);
        private Duration httpMaxAge = Duration.ofSeconds(60);
        private int maxRequestBytes = OcspRequestParser.MAX_REQUEST_BYTES;
        private int maxCertIdsPerRequest = 10;
        private int maxNonceOctets = Nonce.RFC8954_MAX_OCTETS;
        private NeverIssuedPolicy neverIssued = NeverIssuedPolicy.UNKNOWN;
        private RequestSignaturePolicy requestSignature = RequestSignaturePolicy.IGNORE;
        private int cacheEntries = 100_000;
        private int neverIssuedCacheEntries = 10_000;

        private Builder() {
        }

        public Builder responseValidity(Duration v) {
            responseValidity = v;
            return this;
        }

        public Builder refreshBefore(Duration v) {
            refreshBefore = v;
            return this;
        }

        public Builder httpMaxAge(Duration v) {
            httpMaxAge = v;
            return this;
        }

        public Builder maxRequestBytes(int v) {
            maxRequestBytes = v;
            return this;
        }

        public Builder maxCertIdsPerRequest(int v) {
            maxCertIdsPerRequest = v;
            return this;
        }

        public Builder maxNonceOctets(int v) {
            maxNonceOctets = v;
            return this;
        }

        public Builder neverIssued(NeverIssuedPolicy v) {
            neverIssued = v;
            return this;
        }

        public Builder requestSignature(RequestSignaturePolicy v) {
            requestSignature = v;
            return this;
        }

        public Builder cacheEntries(int v) {
            cacheEntries = v;
            return this;
        }

        public Builder neverIssuedCacheEntries(int v) {
            neverIssuedCacheEntries = v;
            return this;
        }

        /** @throws GovCaException MALFORMED if a field is out of range */
        public OcspResponderConfig build() {
            return new OcspResponderConfig(responseValidity, refreshBefore, httpMaxAge, maxRequestBytes,
                    maxCertIdsPerRequest, maxNonceOctets, neverIssued, requestSignature, cacheEntries,
                    neverIssuedCacheEntries);
        }
    }
}
