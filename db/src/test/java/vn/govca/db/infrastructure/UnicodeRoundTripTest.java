package vn.govca.db.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.db.domain.AdministratorRecord;
import vn.govca.db.domain.AdministratorRole;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.domain.CertificateProfileRecord;
import vn.govca.db.testkit.DatabaseFixture;
import vn.govca.db.testkit.DatabaseKind;

/** Vietnamese text, combining or precomposed, and 4-byte characters come back exactly as stored. */
class UnicodeRoundTripTest {

    private static final String PERSON = "Phạm Văn A";
    private static final String AGENCY = "Ban Cơ yếu Chính phủ";
    /** Decomposed form (NFD) must not be normalised by the database either. */
    private static final String DECOMPOSED = "Nguye\u0302\u0303n Thi\u0323 Bi\u0300nh";
    private static final String EMOJI = "Chữ ký số 🔏😀 𠀋";

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void store_vietnameseAndEmoji_readBackUnchanged(DatabaseKind kind) throws Exception {
        String displayName = PERSON + " – " + DECOMPOSED + " " + EMOJI;
        String subject = "CN=" + PERSON + ",O=" + AGENCY + ",C=VN";
        String profileJson = "{\"description\":\"" + EMOJI + " " + AGENCY + "\"}";
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            db.runInTransaction(em -> {
                new AdministratorRepository(em).add(AdministratorRecord.enrol("pham.a", displayName,
                        AdministratorRole.SUBSCRIBER_MANAGER, "h", null, Samples.T0));
                new CertificateAuthorityRepository(em).add(CertificateAuthorityRecord.awaitingCertificate("bcy-root",
                        subject, Samples.KEY, null, Samples.T0));
                new ProfileRepository(em).addNextVersion("personal", profileJson, Samples.T0);
            });

            AdministratorRecord admin = db.inTransaction(em ->
                    new AdministratorRepository(em).findByUsername("pham.a").orElseThrow());
            CertificateAuthorityRecord ca = db.inTransaction(em ->
                    new CertificateAuthorityRepository(em).findByName("bcy-root").orElseThrow());
            CertificateProfileRecord profile = db.inTransaction(em ->
                    new ProfileRepository(em).findLatest("personal").orElseThrow());

            assertThat(admin.displayName()).isEqualTo(displayName);
            assertThat(ca.subjectDn()).isEqualTo(subject);
            assertThat(profile.definitionJson()).isEqualTo(profileJson);
            assertThat(plainJdbc(db, "SELECT display_name FROM administrator")).isEqualTo(displayName);
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = "MARIADB")
    void store_emoji_isUtf8mb4OnMariaDb(DatabaseKind kind) throws Exception {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            db.runInTransaction(em -> new AdministratorRepository(em).add(AdministratorRecord.enrol("e",
                    EMOJI, AdministratorRole.AUDITOR, "h", null, Samples.T0)));

            String hex = plainJdbc(db, "SELECT HEX(display_name) FROM administrator");

            assertThat(hex).isEqualToIgnoringCase(HexFormat.of().formatHex(EMOJI.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static String plainJdbc(DatabaseFixture db, String sql) throws Exception {
        try (Connection c = db.database().connect(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
