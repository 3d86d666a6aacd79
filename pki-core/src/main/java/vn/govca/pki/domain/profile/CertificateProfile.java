package vn.govca.pki.domain.profile;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.identity.IdentifierType;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.name.DnAttribute;

/**
 * A certificate profile: everything that decides the content of a certificate besides the
 * subject's own data. Profiles are data (JSON files read by {@link ProfileLoader}); this record
 * validates itself, so an inconsistent profile cannot exist in memory and the server refuses to
 * start with one.
 *
 * <p>Validity caps follow Decree 68/2024/NĐ-CP Art. 9: at most {@value #MAX_END_ENTITY_DAYS}
 * days (5 years) for a subscriber certificate and {@value #MAX_CA_DAYS} days (20 years) for a CA
 * certificate; a profile may only lower them.
 *
 * @param name profile name, {@code [a-z0-9-]}, equal to its file name without {@code .json}
 * @param version profile version, incremented on every change; recorded with each certificate
 * @param certificatePolicies policy OIDs put into certificatePolicies (RFC 5280 §4.2.1.4)
 * @param uidPrefixes identifier types accepted in the subject UID
 * @param suspensionAllowed whether certificates of this profile may be put on hold
 *     (certificateHold); off by default
 * @param ocspNoCheck whether to add id-pkix-ocsp-nocheck (RFC 6960 §4.2.2.2.1)
 */
public record CertificateProfile(
        String name,
        int version,
        LocalizedText description,
        ProfileKind kind,
        Set<KeySpec> keySpecs,
        int maxValidityDays,
        KeyUsageRule keyUsage,
        ExtendedKeyUsageRule extendedKeyUsage,
        List<String> certificatePolicies,
        SubjectRule subject,
        Set<IdentifierType> uidPrefixes,
        SanRule subjectAltName,
        boolean suspensionAllowed,
        BasicConstraintsRule basicConstraints,
        DistributionRule distribution,
        boolean ocspNoCheck) {

    /** Decree 68/2024 Art. 9: a new subscriber certificate is valid at most 5 years. */
    public static final int MAX_END_ENTITY_DAYS = 1826;
    /** Decree 68/2024 Art. 9: a CA certificate is valid at most 20 years. */
    public static final int MAX_CA_DAYS = 7305;

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public CertificateProfile {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw GovCaException.malformed("field name: '" + name + "' must be 1-63 of a-z, 0-9, '-'");
        }
        if (version < 1) {
            throw GovCaException.policy("field version: must be >= 1, value " + version);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        keySpecs = Enums.copy(KeySpec.class, keySpecs);
        Objects.requireNonNull(keyUsage, "keyUsage");
        Objects.requireNonNull(extendedKeyUsage, "extendedKeyUsage");
        certificatePolicies = List.copyOf(certificatePolicies);
        Objects.requireNonNull(subject, "subject");
        uidPrefixes = Enums.copy(IdentifierType.class, uidPrefixes);
        Objects.requireNonNull(subjectAltName, "subjectAltName");
        Objects.requireNonNull(basicConstraints, "basicConstraints");
        Objects.requireNonNull(distribution, "distribution");
        ProfileRules.check(new ProfileRules.View(kind, keySpecs, maxValidityDays, keyUsage,
                extendedKeyUsage, certificatePolicies, subject, uidPrefixes, subjectAltName,
                basicConstraints, ocspNoCheck));
    }

    /** The policy OIDs as ASN.1 identifiers. */
    public List<ASN1ObjectIdentifier> policyOids() {
        return certificatePolicies.stream().map(ASN1ObjectIdentifier::new).toList();
    }

    /** The legal validity cap for this kind of profile. */
    public int legalMaxValidityDays() {
        return kind.isCa() ? MAX_CA_DAYS : MAX_END_ENTITY_DAYS;
    }

    /** Whether the subject may be empty (then a SAN is required, RFC 5280 §4.2.1.6). */
    public boolean subjectMayBeEmpty() {
        return subject.required().isEmpty();
    }

    /** Whether the subject UID is allowed (and so carries one of {@link #uidPrefixes()}). */
    public boolean allowsUid() {
        return subject.allows(DnAttribute.UID);
    }
}
