package vn.govca.pki.domain.cert;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.name.DnsName;
import vn.govca.pki.domain.name.EmailAddress;
import vn.govca.pki.domain.name.SubjectName;
import vn.govca.pki.domain.profile.CertificateProfile;
import vn.govca.pki.domain.profile.ExtendedKeyUsagePurpose;

/**
 * What to certify: the subject's name, alternative names and public key (from a CSR or given),
 * the requested validity, the optional EKU purposes asked for, the profile and the issuing CA.
 * Checks here are about completeness and form only; whether the content is acceptable is decided
 * by the lints on the built TBS, which report everything at once.
 *
 * <p>Validity: {@code notBefore} defaults to the signing time. Give either {@code notAfter} or
 * {@code validityDays} (the period covers that many days inclusive of both ends, RFC 5280
 * §4.1.2.5, so notAfter = notBefore + days − 1 s); with neither, the profile maximum is used,
 * cut at the issuer's notAfter.
 */
public final class IssuanceRequest {

    private final CertificateProfile profile;
    private final IssuerContext issuer;
    private final SubjectName subject;
    private final SubjectPublicKeyInfo publicKey;
    private final List<EmailAddress> emailSans;
    private final List<DnsName> dnsSans;
    private final Set<ExtendedKeyUsagePurpose> extendedKeyUsages;
    private final Instant notBefore;
    private final Instant notAfter;
    private final Integer validityDays;

    private IssuanceRequest(Builder b) {
        this.profile = b.profile;
        this.issuer = b.issuer;
        this.subject = b.subject;
        this.publicKey = b.publicKey;
        this.emailSans = List.copyOf(new LinkedHashSet<>(b.emailSans));
        this.dnsSans = List.copyOf(new LinkedHashSet<>(b.dnsSans));
        this.extendedKeyUsages = java.util.Collections.unmodifiableSet(EnumSet.copyOf(b.extendedKeyUsages));
        this.notBefore = b.notBefore;
        this.notAfter = b.notAfter;
        this.validityDays = b.validityDays;
    }

    /** Starts a request for {@code profile}, issued by {@code issuer}. */
    public static Builder builder(CertificateProfile profile, IssuerContext issuer) {
        return new Builder(profile, issuer);
    }

    public CertificateProfile profile() {
        return profile;
    }

    public IssuerContext issuer() {
        return issuer;
    }

    public SubjectName subject() {
        return subject;
    }

    public SubjectPublicKeyInfo publicKey() {
        return publicKey;
    }

    public List<EmailAddress> emailSans() {
        return emailSans;
    }

    public List<DnsName> dnsSans() {
        return dnsSans;
    }

    /** Optional EKU purposes asked for; the profile's required purposes are always added. */
    public Set<ExtendedKeyUsagePurpose> extendedKeyUsages() {
        return extendedKeyUsages;
    }

    public Optional<Instant> notBefore() {
        return Optional.ofNullable(notBefore);
    }

    public Optional<Instant> notAfter() {
        return Optional.ofNullable(notAfter);
    }

    public OptionalInt validityDays() {
        return validityDays == null ? OptionalInt.empty() : OptionalInt.of(validityDays);
    }

    /** Collects the parts of an {@link IssuanceRequest}; {@link #build()} checks completeness. */
    public static final class Builder {
        private final CertificateProfile profile;
        private final IssuerContext issuer;
        private SubjectName subject = SubjectName.empty();
        private SubjectPublicKeyInfo publicKey;
        private final List<EmailAddress> emailSans = new ArrayList<>();
        private final List<DnsName> dnsSans = new ArrayList<>();
        private final Set<ExtendedKeyUsagePurpose> extendedKeyUsages = EnumSet.noneOf(ExtendedKeyUsagePurpose.class);
        private Instant notBefore;
        private Instant notAfter;
        private Integer validityDays;

        private Builder(CertificateProfile profile, IssuerContext issuer) {
            this.profile = Objects.requireNonNull(profile, "profile");
            this.issuer = Objects.requireNonNull(issuer, "issuer");
        }

        public Builder subject(SubjectName value) {
            this.subject = Objects.requireNonNull(value, "subject");
            return this;
        }

        public Builder publicKey(SubjectPublicKeyInfo value) {
            this.publicKey = Objects.requireNonNull(value, "publicKey");
            return this;
        }

        /** @throws GovCaException MALFORMED if the key's encoding is not a SubjectPublicKeyInfo */
        public Builder publicKey(PublicKey value) {
            try {
                return publicKey(SubjectPublicKeyInfo.getInstance(Objects.requireNonNull(value, "publicKey").getEncoded()));
            } catch (IllegalArgumentException e) {
                throw GovCaException.malformed("public key is not X.509 SubjectPublicKeyInfo encoded", e);
            }
        }

        public Builder emailSan(EmailAddress value) {
            emailSans.add(Objects.requireNonNull(value, "email"));
            return this;
        }

        public Builder dnsSan(DnsName value) {
            dnsSans.add(Objects.requireNonNull(value, "dns"));
            return this;
        }

        public Builder extendedKeyUsage(ExtendedKeyUsagePurpose value) {
            extendedKeyUsages.add(Objects.requireNonNull(value, "extendedKeyUsage"));
            return this;
        }

        public Builder notBefore(Instant value) {
            this.notBefore = Objects.requireNonNull(value, "notBefore");
            return this;
        }

        public Builder notAfter(Instant value) {
            this.notAfter = Objects.requireNonNull(value, "notAfter");
            return this;
        }

        public Builder validityDays(int days) {
            this.validityDays = days;
            return this;
        }

        /**
         * @throws GovCaException MALFORMED if the public key is missing, both notAfter and
         *     validityDays are given, validityDays is not positive or notAfter is not after notBefore
         */
        public IssuanceRequest build() {
            if (publicKey == null) {
                throw GovCaException.malformed("issuance request has no public key");
            }
            if (notAfter != null && validityDays != null) {
                throw GovCaException.malformed("give either notAfter or validityDays, not both");
            }
            if (validityDays != null && validityDays <= 0) {
                throw GovCaException.malformed("validityDays must be > 0, value " + validityDays);
            }
            if (notAfter != null && notBefore != null && !notAfter.isAfter(notBefore)) {
                throw GovCaException.malformed("notAfter " + notAfter + " is not after notBefore " + notBefore);
            }
            return new IssuanceRequest(this);
        }
    }
}
