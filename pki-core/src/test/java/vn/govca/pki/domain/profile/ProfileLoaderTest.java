package vn.govca.pki.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;
import vn.govca.pki.domain.identity.IdentifierType;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.name.DnAttribute;

class ProfileLoaderTest {

    private static JsonObject bundledJson(String name) throws IOException {
        try (InputStream in = ProfileLoader.class.getResourceAsStream("/profiles/" + name + ".json")) {
            return Json.createReader(in).readObject();
        }
    }

    /** {@code base} with {@code path} (dotted, one or two levels) set to {@code value}, or removed if null. */
    private static String with(JsonObject base, String path, JsonValue value) {
        String[] parts = path.split("\\.");
        JsonObjectBuilder b = Json.createObjectBuilder(base);
        if (parts.length == 1) {
            if (value == null) {
                b.remove(parts[0]);
            } else {
                b.add(parts[0], value);
            }
        } else {
            JsonObjectBuilder inner = Json.createObjectBuilder(base.getJsonObject(parts[0]));
            if (value == null) {
                inner.remove(parts[1]);
            } else {
                inner.add(parts[1], value);
            }
            b.add(parts[0], inner);
        }
        return b.build().toString();
    }

    private static JsonObject obj(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    private static void assertCategory(String source, String text, Category category) {
        assertThatThrownBy(() -> ProfileLoader.parse(source, text)).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(category));
    }

    @Test
    void bundled_allProfiles_loadAndValidate() {
        ProfileSet set = ProfileLoader.bundled();
        assertThat(set.names()).containsExactly("personal", "organization", "tls-server", "ocsp-responder",
                "root-ca", "sub-ca");
    }

    @Test
    void bundled_personal_asSpecified() {
        CertificateProfile p = ProfileLoader.bundled().get("personal");
        assertThat(p.kind()).isEqualTo(ProfileKind.END_ENTITY);
        assertThat(p.maxValidityDays()).isEqualTo(1826);
        assertThat(p.keySpecs()).containsExactly(KeySpec.RSA_2048, KeySpec.RSA_3072, KeySpec.EC_P256);
        assertThat(p.keyUsage().bitsFor(KeySpec.RSA_2048)).containsExactly(KeyUsageBit.DIGITAL_SIGNATURE,
                KeyUsageBit.NON_REPUDIATION, KeyUsageBit.KEY_ENCIPHERMENT);
        assertThat(p.keyUsage().bitsFor(KeySpec.EC_P256)).containsExactly(KeyUsageBit.DIGITAL_SIGNATURE,
                KeyUsageBit.NON_REPUDIATION);
        assertThat(p.subject().required()).contains(DnAttribute.UID, DnAttribute.CN, DnAttribute.C);
        assertThat(p.uidPrefixes()).containsExactly(IdentifierType.CCCD, IdentifierType.CMND, IdentifierType.HC);
        assertThat(p.subjectAltName().emailFromSubject()).isTrue();
        assertThat(p.suspensionAllowed()).isFalse();
        assertThat(p.description().vi()).contains("cá nhân");
    }

    @Test
    void bundled_caAndResponderProfiles_asSpecified() {
        ProfileSet set = ProfileLoader.bundled();
        CertificateProfile root = set.get("root-ca");
        assertThat(root.maxValidityDays()).isEqualTo(7305);
        assertThat(root.keyUsage().bits()).containsExactly(KeyUsageBit.KEY_CERT_SIGN, KeyUsageBit.CRL_SIGN);
        assertThat(root.basicConstraints()).isEqualTo(new BasicConstraintsRule(true, true, true, null));
        assertThat(set.get("sub-ca").basicConstraints().pathLenConstraint()).contains(0);
        CertificateProfile ocsp = set.get("ocsp-responder");
        assertThat(ocsp.ocspNoCheck()).isTrue();
        assertThat(ocsp.maxValidityDays()).isLessThanOrEqualTo(30);
        assertThat(ocsp.extendedKeyUsage().required()).containsExactly(ExtendedKeyUsagePurpose.OCSP_SIGNING);
        assertThat(set.get("organization").uidPrefixes()).containsExactly(IdentifierType.MST);
        assertThat(set.get("tls-server").subjectAltName().dns()).isEqualTo(Presence.REQUIRED);
    }

    @Test
    void get_unknownName_notFound() {
        assertThatThrownBy(() -> ProfileLoader.bundled().get("nope")).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.NOT_FOUND));
    }

    @Test
    void parse_unknownField_malformedNamingFileAndField() throws IOException {
        String text = with(bundledJson("personal"), "keyUsage.extra", JsonValue.TRUE);
        assertThatThrownBy(() -> ProfileLoader.parse("personal.json", text))
                .isInstanceOfSatisfying(GovCaException.class, e -> {
                    assertThat(e.category()).isEqualTo(Category.MALFORMED);
                    assertThat(e.getMessage()).contains("personal.json").contains("keyUsage.extra");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "{\"name\":\"x\",}", "null", "{\"name\":\"x\"} trailing"})
    void parse_brokenJson_malformed(String text) {
        assertCategory("x.json", text, Category.MALFORMED);
    }

    @Test
    void parse_duplicateKey_malformed() throws IOException {
        String text = bundledJson("personal").toString().replaceFirst("\\{", "{\"version\":7,");
        assertCategory("personal.json", text, Category.MALFORMED);
    }

    @Test
    void parse_fieldTypesAndNames_malformed() throws IOException {
        JsonObject base = bundledJson("personal");
        assertCategory("p", with(base, "version", json("\"1\"")), Category.MALFORMED);
        assertCategory("p", with(base, "maxValidityDays", json("1.5")), Category.MALFORMED);
        assertCategory("p", with(base, "keySpecs", json("[\"RSA-1024\"]")), Category.MALFORMED);
        assertCategory("p", with(base, "keySpecs", json("[\"RSA-2048\",\"RSA-2048\"]")), Category.MALFORMED);
        assertCategory("p", with(base, "keyUsage.bits", json("[\"sign\"]")), Category.MALFORMED);
        assertCategory("p", with(base, "extendedKeyUsage.optional", json("[\"anyExtendedKeyUsage\"]")), Category.MALFORMED);
        assertCategory("p", with(base, "subject.required", json("[\"CN\",\"SN\"]")), Category.MALFORMED);
        assertCategory("p", with(base, "uidPrefixes", json("[\"CCCD:\"]")), Category.MALFORMED);
        assertCategory("p", with(base, "subjectAltName.email", json("\"maybe\"")), Category.MALFORMED);
        assertCategory("p", with(base, "kind", json("\"leaf\"")), Category.MALFORMED);
        assertCategory("p", with(base, "name", json("\"Personal Cert\"")), Category.MALFORMED);
        assertCategory("p", with(base, "certificatePolicies", json("[\"not.an.oid\"]")), Category.MALFORMED);
        assertCategory("p", with(base, "description", null), Category.MALFORMED);
        assertCategory("p", with(base, "keyUsage.critical", json("\"yes\"")), Category.MALFORMED);
    }

    @Test
    void parse_inconsistentProfiles_policyViolation() throws IOException {
        JsonObject personal = bundledJson("personal");
        JsonObject root = bundledJson("root-ca");
        assertCategory("p", with(personal, "maxValidityDays", json("0")), Category.POLICY_VIOLATION);
        assertCategory("p", with(personal, "maxValidityDays", json("-3")), Category.POLICY_VIOLATION);
        assertCategory("p", with(personal, "maxValidityDays", json("1827")), Category.POLICY_VIOLATION);
        assertCategory("p", with(root, "maxValidityDays", json("7306")), Category.POLICY_VIOLATION);
        assertCategory("p", with(obj(with(personal, "keyUsage.bits", json("[]"))), "keyUsage.rsaOnlyBits",
                json("[]")), Category.POLICY_VIOLATION);
        assertCategory("p", with(personal, "keyUsage.bits", json("[\"digitalSignature\",\"keyCertSign\"]")),
                Category.POLICY_VIOLATION);
        assertCategory("p", with(personal, "keyUsage.bits", json("[\"digitalSignature\",\"keyEncipherment\"]")),
                Category.POLICY_VIOLATION);
        assertCategory("p", with(root, "keyUsage.bits", json("[\"cRLSign\"]")), Category.POLICY_VIOLATION);
        assertCategory("p", with(root, "basicConstraints.ca", JsonValue.FALSE), Category.POLICY_VIOLATION);
        assertCategory("p", with(personal, "basicConstraints.ca", JsonValue.TRUE), Category.POLICY_VIOLATION);
        assertCategory("p", with(personal, "uidPrefixes", json("[]")), Category.POLICY_VIOLATION);
        assertCategory("p", with(personal, "keySpecs", json("[]")), Category.POLICY_VIOLATION);
        assertCategory("p", with(personal, "ocspNoCheck", JsonValue.TRUE), Category.POLICY_VIOLATION);
        assertCategory("p", with(personal, "version", json("0")), Category.POLICY_VIOLATION);
        assertCategory("p", with(personal, "subject.optional", json("[\"CN\"]")), Category.POLICY_VIOLATION);
        assertCategory("p", with(bundledJson("tls-server"), "subjectAltName.dns", json("\"optional\"")),
                Category.POLICY_VIOLATION);
    }

    @Test
    void parse_tooLarge_tooLarge() {
        byte[] big = ("{\"name\":\"" + "x".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProfileLoader.parse("big.json", new ByteArrayInputStream(big)))
                .isInstanceOfSatisfying(GovCaException.class, e -> assertThat(e.category()).isEqualTo(Category.TOO_LARGE));
    }

    @Test
    void bundledWithOverrides_directoryProfile_replacesAndAdds(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("personal.json"), with(bundledJson("personal"), "maxValidityDays", json("730")));
        Files.writeString(dir.resolve("personal-short.json"), with(obj(with(bundledJson("personal"), "name",
                json("\"personal-short\""))), "maxValidityDays", json("365")));
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        ProfileSet set = ProfileLoader.bundledWithOverrides(dir);
        assertThat(set.get("personal").maxValidityDays()).isEqualTo(730);
        assertThat(set.get("personal-short").maxValidityDays()).isEqualTo(365);
        assertThat(set.get("root-ca").maxValidityDays()).isEqualTo(7305);
        assertThat(ProfileLoader.fromDirectory(dir).names()).containsExactly("personal", "personal-short");
    }

    @Test
    void fromDirectory_fileNameDiffersFromProfileName_malformed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("other.json"), bundledJson("personal").toString());
        assertThatThrownBy(() -> ProfileLoader.fromDirectory(dir)).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
    }

    @Test
    void fromDirectory_brokenFile_categoryOfTheFault(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("personal.json"), with(bundledJson("personal"), "maxValidityDays", json("0")));
        assertThatThrownBy(() -> ProfileLoader.fromDirectory(dir)).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.POLICY_VIOLATION));
    }

    @Test
    void fromDirectory_missing_unavailable(@TempDir Path dir) {
        assertThatThrownBy(() -> ProfileLoader.fromDirectory(dir.resolve("absent")))
                .isInstanceOfSatisfying(GovCaException.class, e -> assertThat(e.category()).isEqualTo(Category.UNAVAILABLE));
    }
}
