package vn.govca.crl.domain;

import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.der.DerTime;

/**
 * Everything a CRL says besides its entries (RFC 5280 §5.1.2, §5.2): the issuer, the CRL number
 * (§5.2.3; full and delta CRLs of a CA share one strictly increasing sequence — the caller draws
 * it, DESIGN invariant 4), thisUpdate and nextUpdate (§5.1.2.4-5; nextUpdate is mandatory for
 * conforming CAs), whether it is a delta CRL and of which base (§5.2.4, Delta CRL Indicator,
 * critical), the Freshest CRL pointer to the delta CRLs (§5.2.6, full CRLs only) and an optional
 * issuing distribution point (§5.2.5; a full name only; full and delta CRLs of one scope must
 * carry the same one), and, for a CA that keeps expired certificates on its CRLs (the optional
 * archive cut-off mode of issue 3), the ITU-T X.509 expiredCertsOnCRL date (id-ce 60).
 *
 * <p>Times are kept to the second, as the CRL encodes them. Build with {@link #full} or
 * {@link #delta}.
 */
public final class CrlSpec {

    private static final int MAX_CRL_NUMBER_OCTETS = 20;

    private final CrlIssuer issuer;
    private final BigInteger crlNumber;
    private final Instant thisUpdate;
    private final Instant nextUpdate;
    private final BigInteger baseCrlNumber;
    private final URI freshestCrl;
    private final URI issuingDistributionPoint;
    private final Instant expiredCertsOnCrl;

    private CrlSpec(Builder b) {
        this.issuer = Objects.requireNonNull(b.issuer, "issuer");
        this.crlNumber = crlNumber("CRL number", b.crlNumber);
        Objects.requireNonNull(b.thisUpdate, "thisUpdate");
        Objects.requireNonNull(b.nextUpdate, "nextUpdate");
        DerTime.requireEncodable(b.thisUpdate, "thisUpdate");
        DerTime.requireEncodable(b.nextUpdate, "nextUpdate");
        this.thisUpdate = b.thisUpdate.truncatedTo(ChronoUnit.SECONDS);
        this.nextUpdate = b.nextUpdate.truncatedTo(ChronoUnit.SECONDS);
        if (!nextUpdate.isAfter(thisUpdate)) {
            throw GovCaException.malformed("nextUpdate " + nextUpdate + " must be after thisUpdate " + thisUpdate);
        }
        this.baseCrlNumber = b.baseCrlNumber == null ? null : crlNumber("base CRL number", b.baseCrlNumber);
        if (baseCrlNumber != null && baseCrlNumber.compareTo(crlNumber) >= 0) {
            throw GovCaException.malformed("base CRL number " + baseCrlNumber
                    + " of a delta CRL must be below its CRL number " + crlNumber + " (RFC 5280 §5.2.4)");
        }
        this.freshestCrl = b.freshestCrl == null ? null : url("Freshest CRL", b.freshestCrl);
        if (freshestCrl != null && baseCrlNumber != null) {
            throw GovCaException.malformed("a delta CRL must not carry Freshest CRL " + freshestCrl
                    + " (RFC 5280 §5.2.6)");
        }
        this.issuingDistributionPoint = b.issuingDistributionPoint == null ? null
                : url("issuing distribution point", b.issuingDistributionPoint);
        if (b.expiredCertsOnCrl != null) {
            DerTime.requireEncodable(b.expiredCertsOnCrl, "expiredCertsOnCRL");
            if (b.expiredCertsOnCrl.isAfter(thisUpdate)) {
                throw GovCaException.malformed("expiredCertsOnCRL " + b.expiredCertsOnCrl
                        + " must not be after thisUpdate " + thisUpdate);
            }
        }
        this.expiredCertsOnCrl = b.expiredCertsOnCrl == null ? null
                : b.expiredCertsOnCrl.truncatedTo(ChronoUnit.SECONDS);
    }

    /** A full (complete) CRL. */
    public static Builder full(CrlIssuer issuer, BigInteger crlNumber, Instant thisUpdate, Instant nextUpdate) {
        return new Builder(issuer, crlNumber, thisUpdate, nextUpdate, null);
    }

    /** A delta CRL listing changes since the full CRL numbered {@code baseCrlNumber}. */
    public static Builder delta(CrlIssuer issuer, BigInteger crlNumber, BigInteger baseCrlNumber,
            Instant thisUpdate, Instant nextUpdate) {
        return new Builder(issuer, crlNumber, thisUpdate, nextUpdate, Objects.requireNonNull(baseCrlNumber));
    }

    public CrlIssuer issuer() {
        return issuer;
    }

    public BigInteger crlNumber() {
        return crlNumber;
    }

    public Instant thisUpdate() {
        return thisUpdate;
    }

    public Instant nextUpdate() {
        return nextUpdate;
    }

    public boolean isDelta() {
        return baseCrlNumber != null;
    }

    /** The base CRL number of a delta CRL (Delta CRL Indicator); empty for a full CRL. */
    public Optional<BigInteger> baseCrlNumber() {
        return Optional.ofNullable(baseCrlNumber);
    }

    public Optional<URI> freshestCrl() {
        return Optional.ofNullable(freshestCrl);
    }

    public Optional<URI> issuingDistributionPoint() {
        return Optional.ofNullable(issuingDistributionPoint);
    }

    /** Since when expired certificates are kept on the CRL (X.509 expiredCertsOnCRL); empty if not. */
    public Optional<Instant> expiredCertsOnCrl() {
        return Optional.ofNullable(expiredCertsOnCrl);
    }

    @Override
    public String toString() {
        return (isDelta() ? "delta CRL " + crlNumber + " (base " + baseCrlNumber + ")" : "CRL " + crlNumber)
                + " of " + issuer.name() + " [" + thisUpdate + ", " + nextUpdate + "]";
    }

    private static BigInteger crlNumber(String what, BigInteger n) {
        Objects.requireNonNull(n, what);
        if (n.signum() <= 0 || n.bitLength() > MAX_CRL_NUMBER_OCTETS * 8 - 1) {
            throw GovCaException.malformed(what + " " + n + " must be positive and at most 20 octets (RFC 5280 §5.2.3)");
        }
        return n;
    }

    private static URI url(String what, URI u) {
        if (!u.isAbsolute() || u.getScheme() == null
                || !(u.getScheme().equals("http") || u.getScheme().equals("https") || u.getScheme().equals("ldap"))) {
            throw GovCaException.malformed(what + " '" + u + "' must be an absolute http, https or ldap URL");
        }
        return u;
    }

    /** Collects the optional parts; {@link #build()} validates the whole. */
    public static final class Builder {
        private final CrlIssuer issuer;
        private final BigInteger crlNumber;
        private final Instant thisUpdate;
        private final Instant nextUpdate;
        private final BigInteger baseCrlNumber;
        private URI freshestCrl;
        private URI issuingDistributionPoint;
        private Instant expiredCertsOnCrl;

        private Builder(CrlIssuer issuer, BigInteger crlNumber, Instant thisUpdate, Instant nextUpdate,
                BigInteger baseCrlNumber) {
            this.issuer = issuer;
            this.crlNumber = crlNumber;
            this.thisUpdate = thisUpdate;
            this.nextUpdate = nextUpdate;
            this.baseCrlNumber = baseCrlNumber;
        }

        /** Where the delta CRLs are published (RFC 5280 §5.2.6); full CRLs only. */
        public Builder freshestCrl(URI url) {
            this.freshestCrl = Objects.requireNonNull(url);
            return this;
        }

        /** The distribution point this CRL covers (RFC 5280 §5.2.5, critical, full name only). */
        public Builder issuingDistributionPoint(URI url) {
            this.issuingDistributionPoint = Objects.requireNonNull(url);
            return this;
        }

        /**
         * Declares that the CRL keeps revoked certificates that expired on or after {@code since}
         * (X.509 expiredCertsOnCRL, non-critical) — the caller's source must then list them.
         */
        public Builder expiredCertsOnCrl(Instant since) {
            this.expiredCertsOnCrl = Objects.requireNonNull(since);
            return this;
        }

        /**
         * @throws GovCaException MALFORMED if a CRL number is not positive or exceeds 20 octets,
         *     nextUpdate is not after thisUpdate, the base is not below the CRL number, a delta
         *     CRL has a Freshest CRL URL, a URL is not an absolute http(s)/ldap URL, or the
         *     expiredCertsOnCRL date is after thisUpdate
         */
        public CrlSpec build() {
            return new CrlSpec(this);
        }
    }
}
