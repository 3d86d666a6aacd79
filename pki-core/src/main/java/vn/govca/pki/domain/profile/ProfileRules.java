package vn.govca.pki.domain.profile;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.identity.IdentifierType;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.name.DnAttribute;

/**
 * The consistency rules of a {@link CertificateProfile}; each failure names the field. Kept
 * apart from the record so that each rule stays a few lines.
 */
final class ProfileRules {

    record View(ProfileKind kind, Set<KeySpec> keySpecs, int maxValidityDays, KeyUsageRule keyUsage,
            ExtendedKeyUsageRule eku, List<String> policies, SubjectRule subject,
            Set<IdentifierType> uidPrefixes, SanRule san, BasicConstraintsRule basicConstraints,
            boolean ocspNoCheck) {
    }

    private ProfileRules() {
    }

    static void check(View p) {
        keys(p);
        validity(p);
        keyUsage(p);
        extendedKeyUsage(p);
        policies(p.policies());
        subject(p);
        basicConstraints(p);
    }

    private static void keys(View p) {
        if (p.keySpecs().isEmpty()) {
            throw GovCaException.policy("field keySpecs: must allow at least one key spec");
        }
    }

    private static void validity(View p) {
        int cap = p.kind().isCa() ? CertificateProfile.MAX_CA_DAYS : CertificateProfile.MAX_END_ENTITY_DAYS;
        if (p.maxValidityDays() <= 0) {
            throw GovCaException.policy("field maxValidityDays: must be > 0, value " + p.maxValidityDays());
        }
        if (p.maxValidityDays() > cap) {
            throw GovCaException.policy("field maxValidityDays: " + p.maxValidityDays()
                    + " days exceeds the legal maximum " + cap + " days for a " + p.kind().externalName()
                    + " certificate (Decree 68/2024 Art. 9)");
        }
    }

    private static void keyUsage(View p) {
        KeyUsageRule ku = p.keyUsage();
        if (p.kind().isCa()) {
            if (!ku.bits().contains(KeyUsageBit.KEY_CERT_SIGN) || !ku.bits().contains(KeyUsageBit.CRL_SIGN)) {
                throw GovCaException.policy("field keyUsage.bits: a CA profile must grant keyCertSign"
                        + " and cRLSign (RFC 5280 §4.2.1.3), value " + ku.bits());
            }
        } else {
            if (ku.isEmpty()) {
                throw GovCaException.policy("field keyUsage.bits: an end-entity profile needs at least one key usage");
            }
            if (ku.mayGrant(KeyUsageBit.KEY_CERT_SIGN) || ku.mayGrant(KeyUsageBit.CRL_SIGN)) {
                throw GovCaException.policy("field keyUsage.bits: an end-entity profile must not grant"
                        + " keyCertSign or cRLSign (RFC 5280 §4.2.1.3)");
            }
        }
        boolean ecAllowed = p.keySpecs().stream().anyMatch(KeySpec::isEc);
        if (ecAllowed && (ku.bits().contains(KeyUsageBit.KEY_ENCIPHERMENT)
                || ku.bits().contains(KeyUsageBit.DATA_ENCIPHERMENT))) {
            throw GovCaException.policy("field keyUsage.bits: keyEncipherment/dataEncipherment cannot"
                    + " be granted to EC keys (RFC 5480 §3); put them in keyUsage.rsaOnlyBits");
        }
    }

    private static void extendedKeyUsage(View p) {
        if (p.ocspNoCheck() && !p.eku().required().contains(ExtendedKeyUsagePurpose.OCSP_SIGNING)) {
            throw GovCaException.policy("field ocspNoCheck: only an OCSP responder profile (extendedKeyUsage"
                    + " required OCSPSigning) may carry id-pkix-ocsp-nocheck (RFC 6960 §4.2.2.2.1)");
        }
        if (p.kind() == ProfileKind.ROOT_CA && !(p.eku().required().isEmpty() && p.eku().optional().isEmpty())) {
            throw GovCaException.policy("field extendedKeyUsage: a root CA profile carries no EKU");
        }
    }

    private static void policies(List<String> policies) {
        Set<String> seen = new HashSet<>();
        for (String oid : policies) {
            if (ASN1ObjectIdentifier.tryFromID(oid) == null) {
                throw GovCaException.malformed("field certificatePolicies: '" + oid + "' is not an OID");
            }
            if (!seen.add(oid)) {
                throw GovCaException.policy("field certificatePolicies: " + oid
                        + " is listed twice (RFC 5280 §4.2.1.4)");
            }
        }
    }

    private static void subject(View p) {
        boolean uid = p.subject().allows(DnAttribute.UID);
        if (uid && p.uidPrefixes().isEmpty()) {
            throw GovCaException.policy("field uidPrefixes: the profile allows UID but no prefix");
        }
        if (!uid && !p.uidPrefixes().isEmpty()) {
            throw GovCaException.policy("field uidPrefixes: set while the subject does not allow UID");
        }
        if (p.san().emailFromSubject() && !p.subject().allows(DnAttribute.E)) {
            throw GovCaException.policy("field subjectAltName.emailFromSubject: the subject does not allow E");
        }
        if (p.subject().required().isEmpty() && !p.san().requiresAny()) {
            throw GovCaException.policy("field subject.required: an empty subject is possible, so the"
                    + " profile must require a SAN (RFC 5280 §4.2.1.6)");
        }
        if (p.kind().isCa() && !p.subject().required().contains(DnAttribute.CN)) {
            throw GovCaException.policy("field subject.required: a CA profile must require CN");
        }
    }

    private static void basicConstraints(View p) {
        BasicConstraintsRule bc = p.basicConstraints();
        if (p.kind().isCa() && !(bc.present() && bc.critical() && bc.ca())) {
            throw GovCaException.policy("field basicConstraints: a CA profile needs a critical"
                    + " basicConstraints with ca true (RFC 5280 §4.2.1.9)");
        }
        if (!p.kind().isCa() && bc.ca()) {
            throw GovCaException.policy("field basicConstraints.ca: true in an end-entity profile");
        }
    }
}
