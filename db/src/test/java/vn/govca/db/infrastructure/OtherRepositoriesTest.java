package vn.govca.db.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.db.domain.AdministratorRecord;
import vn.govca.db.domain.AdministratorRole;
import vn.govca.db.domain.CertificateProfileRecord;
import vn.govca.db.domain.CryptoTokenRecord;
import vn.govca.db.domain.CryptoTokenType;
import vn.govca.db.domain.IssuanceRecord;
import vn.govca.db.domain.IssuanceState;
import vn.govca.db.domain.Sha256Hex;
import vn.govca.db.testkit.DatabaseFixture;
import vn.govca.db.testkit.DatabaseKind;

/** Profiles, administrators, crypto tokens and issuance records through their repositories. */
class OtherRepositoriesTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void addNextVersion_twice_numbersVersionsAndFindsLatest(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            db.runInTransaction(em -> new ProfileRepository(em).addNextVersion("tls-server", "{\"v\":1}", Samples.T0));
            db.runInTransaction(em -> new ProfileRepository(em).addNextVersion("tls-server", "{\"v\":2}", Samples.T0));
            db.runInTransaction(em -> new ProfileRepository(em).addNextVersion("signing", "{\"v\":1}", Samples.T0));

            CertificateProfileRecord latest = db.inTransaction(em ->
                    new ProfileRepository(em).findLatest("tls-server").orElseThrow());
            List<CertificateProfileRecord> all = db.inTransaction(em -> new ProfileRepository(em).listLatest());
            CertificateProfileRecord first = db.inTransaction(em ->
                    new ProfileRepository(em).find("tls-server", 1).orElseThrow());

            assertThat(latest.profileVersion()).isEqualTo(2);
            assertThat(latest.definitionJson()).isEqualTo("{\"v\":2}");
            assertThat(first.definitionJson()).isEqualTo("{\"v\":1}");
            assertThat(all).extracting(CertificateProfileRecord::name).containsExactly("signing", "tls-server");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void findByUsername_anyCase_findsStoredAdministrator(DatabaseKind kind) {
        Sha256Hex fingerprint = Sha256Hex.digestOf(new byte[] {1});
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            db.runInTransaction(em -> new AdministratorRepository(em).add(AdministratorRecord.enrol("Pham.A",
                    "Phạm Văn A", AdministratorRole.CA_ADMIN, "$pbkdf2$x", fingerprint, Samples.T0)));

            AdministratorRecord byName = db.inTransaction(em ->
                    new AdministratorRepository(em).findByUsername("PHAM.a").orElseThrow());
            AdministratorRecord byCert = db.inTransaction(em ->
                    new AdministratorRepository(em).findByCertFingerprint(fingerprint).orElseThrow());

            assertThat(byName.id()).isEqualTo(byCert.id());
            assertThat(byName.username()).isEqualTo("pham.a");
            assertThat(byName.displayName()).isEqualTo("Phạm Văn A");
            assertThat(byName.enabled()).isTrue();
            assertThat(byName.role()).isEqualTo(AdministratorRole.CA_ADMIN);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void add_usernameTakenInOtherCase_throwsDuplicateKey(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            db.runInTransaction(em -> new AdministratorRepository(em).add(AdministratorRecord.enrol("auditor1",
                    "A", AdministratorRole.AUDITOR, "h", null, Samples.T0)));

            assertThatThrownBy(() -> db.runInTransaction(em -> new AdministratorRepository(em).add(
                    AdministratorRecord.enrol("AUDITOR1", "B", AdministratorRole.AUDITOR, "h", null, Samples.T0))))
                    .isInstanceOf(DuplicateKeyException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void recordFailedLogin_thirdFailure_locksAccountInDatabase(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            db.runInTransaction(em -> new AdministratorRepository(em).add(AdministratorRecord.enrol("op",
                    "Operator", AdministratorRole.CA_OPERATOR, "h", null, Samples.T0)));

            for (int i = 0; i < 3; i++) {
                db.runInTransaction(em -> new AdministratorRepository(em).findByUsername("op").orElseThrow()
                        .recordFailedLogin(Samples.T0, 3, Duration.ofMinutes(15)));
            }

            AdministratorRecord op = db.inTransaction(em -> new AdministratorRepository(em).findByUsername("op").orElseThrow());
            assertThat(op.lockedUntil()).isEqualTo(Samples.T0.plus(Duration.ofMinutes(15)));
            assertThat(op.mayLogInAt(Samples.T0.plusSeconds(60))).isFalse();
            assertThat(op.mayLogInAt(Samples.T0.plus(Duration.ofMinutes(15)))).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void cryptoToken_addAndReconfigure_roundTrips(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            db.runInTransaction(em -> new CryptoTokenRepository(em).add(CryptoTokenRecord.register("hsm-1",
                    CryptoTokenType.PKCS11, "{\"library\":\"/usr/lib/softhsm/libsofthsm2.so\",\"slot\":0}", Samples.T0)));
            db.runInTransaction(em -> new CryptoTokenRepository(em).findByName("hsm-1").orElseThrow()
                    .reconfigure("{\"library\":\"/usr/lib/softhsm/libsofthsm2.so\",\"slot\":1}"));

            CryptoTokenRecord token = db.inTransaction(em -> new CryptoTokenRepository(em).findByName("hsm-1").orElseThrow());

            assertThat(token.type()).isEqualTo(CryptoTokenType.PKCS11);
            assertThat(token.propertiesJson()).contains("\"slot\":1");
            assertThatThrownBy(() -> db.runInTransaction(em -> new CryptoTokenRepository(em).add(
                    CryptoTokenRecord.register("hsm-1", CryptoTokenType.SOFT, "{}", Samples.T0))))
                    .isInstanceOf(DuplicateKeyException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void issuanceRecord_unfinishedReservations_areFoundOldestFirst(DatabaseKind kind) {
        byte[] tbs = {0x30, 0x03, 0x01, 0x01, (byte) 0xff};
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long caId = db.inTransaction(em -> Samples.addActiveCa(em, "ca-1"));
            List<Long> certs = db.inTransaction(em -> {
                CertificateRepository certificates = new CertificateRepository(em);
                IssuanceRecordRepository issuances = new IssuanceRecordRepository(em);
                List<Long> ids = new java.util.ArrayList<>();
                for (int i = 1; i <= 3; i++) {
                    long certId = certificates.reserve(Samples.reservation(caId, Integer.toString(i), "s" + i)).id();
                    issuances.add(IssuanceRecord.reserved(certId, tbs, "ra-operator", Samples.T0.plusSeconds(i)));
                    ids.add(certId);
                }
                return ids;
            });
            db.runInTransaction(em -> new IssuanceRecordRepository(em).findByCertificateId(certs.get(0)).orElseThrow()
                    .markSigned(Samples.T0.plusSeconds(10)));
            db.runInTransaction(em -> new IssuanceRecordRepository(em).findByCertificateId(certs.get(2)).orElseThrow()
                    .markFailed("token not logged in", Samples.T0.plusSeconds(10)));

            List<IssuanceRecord> unfinished = db.inTransaction(em ->
                    new IssuanceRecordRepository(em).findUnfinishedBefore(Samples.T0.plusSeconds(60), 10));
            IssuanceRecord failed = db.inTransaction(em ->
                    new IssuanceRecordRepository(em).findByCertificateId(certs.get(2)).orElseThrow());

            assertThat(unfinished).extracting(IssuanceRecord::certificateId).containsExactly(certs.get(1));
            assertThat(unfinished.get(0).tbsDer()).isEqualTo(tbs);
            assertThat(failed.state()).isEqualTo(IssuanceState.FAILED);
            assertThat(failed.failureReason()).isEqualTo("token not logged in");
            List<IssuanceRecord> beforeAny = db.inTransaction(em -> new IssuanceRecordRepository(em)
                    .findUnfinishedBefore(Samples.T0.plusSeconds(2), 10));
            assertThat(beforeAny).isEmpty();
            assertThatThrownBy(() -> db.runInTransaction(em -> new IssuanceRecordRepository(em)
                    .add(IssuanceRecord.reserved(certs.get(1), tbs, "x", Instant.now()))))
                    .isInstanceOf(DuplicateKeyException.class);
        }
    }
}
