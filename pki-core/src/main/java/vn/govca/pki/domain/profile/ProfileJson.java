package vn.govca.pki.domain.profile;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.identity.IdentifierType;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.name.DnAttribute;

/** Maps the JSON form of a profile (see {@code profiles/README.md}) to a {@link CertificateProfile}. */
final class ProfileJson {

    private static final Set<String> TOP = Set.of("name", "version", "description", "kind", "keySpecs",
            "maxValidityDays", "keyUsage", "extendedKeyUsage", "certificatePolicies", "subject",
            "uidPrefixes", "subjectAltName", "suspensionAllowed", "basicConstraints", "distribution",
            "ocspNoCheck");

    private ProfileJson() {
    }

    static CertificateProfile read(JsonObject root) {
        JsonFields f = new JsonFields("", root, TOP);
        JsonFields desc = f.object("description", Set.of("vi", "en"));
        JsonFields bc = f.object("basicConstraints", Set.of("present", "critical", "ca", "pathLen"));
        return new CertificateProfile(
                f.string("name"),
                f.integer("version"),
                new LocalizedText(desc.string("vi"), desc.string("en")),
                ProfileKind.byName(f.string("kind")),
                Set.copyOf(map(f, "keySpecs", f.strings("keySpecs"), KeySpec::byName)),
                f.integer("maxValidityDays"),
                keyUsage(f.object("keyUsage", Set.of("critical", "bits", "rsaOnlyBits"))),
                extendedKeyUsage(f),
                f.strings("certificatePolicies", List.of()),
                subject(f.object("subject", Set.of("required", "optional"))),
                Set.copyOf(map(f, "uidPrefixes", f.strings("uidPrefixes", List.of()), ProfileJson::prefix)),
                subjectAltName(f),
                f.bool("suspensionAllowed", false),
                new BasicConstraintsRule(bc.bool("present"), bc.bool("critical", false),
                        bc.bool("ca", false), bc.optionalInteger("pathLen")),
                distribution(f),
                f.bool("ocspNoCheck", false));
    }

    private static KeyUsageRule keyUsage(JsonFields ku) {
        return new KeyUsageRule(ku.bool("critical"),
                Set.copyOf(map(ku, "bits", ku.strings("bits"), KeyUsageBit::byName)),
                Set.copyOf(map(ku, "rsaOnlyBits", ku.strings("rsaOnlyBits", List.of()), KeyUsageBit::byName)));
    }

    private static ExtendedKeyUsageRule extendedKeyUsage(JsonFields f) {
        if (!f.has("extendedKeyUsage")) {
            return ExtendedKeyUsageRule.NONE;
        }
        JsonFields eku = f.object("extendedKeyUsage", Set.of("critical", "required", "optional"));
        return new ExtendedKeyUsageRule(eku.bool("critical", false),
                Set.copyOf(map(eku, "required", eku.strings("required", List.of()), ExtendedKeyUsagePurpose::byName)),
                Set.copyOf(map(eku, "optional", eku.strings("optional", List.of()), ExtendedKeyUsagePurpose::byName)));
    }

    private static SubjectRule subject(JsonFields s) {
        return new SubjectRule(
                Set.copyOf(map(s, "required", s.strings("required"), ProfileJson::attribute)),
                Set.copyOf(map(s, "optional", s.strings("optional", List.of()), ProfileJson::attribute)));
    }

    private static SanRule subjectAltName(JsonFields f) {
        if (!f.has("subjectAltName")) {
            return SanRule.NONE;
        }
        JsonFields san = f.object("subjectAltName", Set.of("email", "dns", "emailFromSubject"));
        return new SanRule(
                presence(san, "email"),
                presence(san, "dns"),
                san.bool("emailFromSubject", false));
    }

    private static Presence presence(JsonFields san, String key) {
        if (!san.has(key)) {
            return Presence.FORBIDDEN;
        }
        return wrap(san.name(key), () -> Presence.byName(san.string(key)));
    }

    private static DistributionRule distribution(JsonFields f) {
        if (!f.has("distribution")) {
            return DistributionRule.NONE;
        }
        JsonFields d = f.object("distribution", Set.of("crlDistributionPoint", "ocsp", "caIssuers"));
        return new DistributionRule(d.bool("crlDistributionPoint", false), d.bool("ocsp", false),
                d.bool("caIssuers", false));
    }

    private static DnAttribute attribute(String name) {
        return DnAttribute.byName(name).filter(a -> a.name().equals(name)).orElseThrow(() ->
                GovCaException.malformed("subject attribute '" + name
                        + "' is unknown (C, ST, L, O, OU, T, CN, SERIALNUMBER, UID, E)"));
    }

    private static IdentifierType prefix(String name) {
        return IdentifierType.byName(name).orElseThrow(() ->
                GovCaException.malformed("UID prefix '" + name + "' is unknown (CCCD, CMND, HC, MST)"));
    }

    private static <T> List<T> map(JsonFields f, String key, List<String> names, Function<String, T> parse) {
        List<T> out = new ArrayList<>(names.size());
        for (String n : names) {
            T value = wrap(f.name(key), () -> parse.apply(n));
            if (out.contains(value)) {
                throw GovCaException.malformed("field " + f.name(key) + ": '" + n + "' is listed twice");
            }
            out.add(value);
        }
        return out;
    }

    private static <T> T wrap(String field, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (GovCaException e) {
            throw new GovCaException(e.category(), "field " + field + ": " + e.getMessage(), e);
        }
    }
}
