package vn.govca.db.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.domain.CertificateAuthorityStatus;
import vn.govca.db.domain.SerialHex;
import vn.govca.db.testkit.DatabaseFixture;
import vn.govca.db.testkit.DatabaseKind;

class CertificateAuthorityRepositoryTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void activate_awaitingCa_storesCertificateAndBumpsVersion(DatabaseKind kind) {
        byte[] der = {0x30, 0x01, 0x00};
        Instant notAfter = Instant.parse("2051-01-01T00:00:00Z");
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long id = db.inTransaction(em -> new CertificateAuthorityRepository(em).add(Samples.ca("root-g1")).id());

            db.runInTransaction(em -> new CertificateAuthorityRepository(em).findById(id).orElseThrow()
                    .activate(der, SerialHex.of("0AbC"), Samples.T0, notAfter, Samples.T0.plusSeconds(1)));

            CertificateAuthorityRecord ca = db.inTransaction(em ->
                    new CertificateAuthorityRepository(em).findByName("root-g1").orElseThrow());
            assertThat(ca.status()).isEqualTo(CertificateAuthorityStatus.ACTIVE);
            assertThat(ca.certificateDer()).isEqualTo(der);
            assertThat(ca.serial().value()).isEqualTo("abc");
            assertThat(ca.notAfter()).isEqualTo(notAfter);
            assertThat(ca.subjectDn()).isEqualTo("CN=root-g1,O=Ban Cơ yếu Chính phủ,C=VN");
            assertThat(ca.key()).isEqualTo(Samples.KEY);
            assertThat(ca.version()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void add_subordinateOfParent_keepsParentIdAndListsByName(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long root = db.inTransaction(em -> Samples.addActiveCa(em, "root"));

            db.runInTransaction(em -> new CertificateAuthorityRepository(em).add(
                    CertificateAuthorityRecord.awaitingCertificate("agency-ca", "CN=Agency CA", Samples.KEY, root,
                            Samples.T0)));

            var all = db.inTransaction(em -> new CertificateAuthorityRepository(em).listByName());
            assertThat(all).extracting(CertificateAuthorityRecord::name).containsExactly("agency-ca", "root");
            assertThat(all.get(0).parentCaId()).isEqualTo(root);
            assertThat(all.get(0).status()).isEqualTo(CertificateAuthorityStatus.AWAITING_CERTIFICATE);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void add_nameTaken_throwsDuplicateKeyNotSerial(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            db.runInTransaction(em -> new CertificateAuthorityRepository(em).add(Samples.ca("root")));

            assertThatThrownBy(() -> db.runInTransaction(em ->
                    new CertificateAuthorityRepository(em).add(Samples.ca("root"))))
                    .isInstanceOf(DuplicateKeyException.class)
                    .isNotInstanceOf(DuplicateSerialException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void disable_staleCopy_failsOptimisticLock(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            long id = db.inTransaction(em -> Samples.addActiveCa(em, "root"));
            var em1 = db.emf().createEntityManager();
            try {
                em1.getTransaction().begin();
                CertificateAuthorityRecord stale = em1.find(CertificateAuthorityRecord.class, id);
                db.runInTransaction(em -> em.find(CertificateAuthorityRecord.class, id).disable(Samples.T0));

                stale.markRevoked(Samples.T0);

                assertThatThrownBy(() -> em1.getTransaction().commit())
                        .isInstanceOf(jakarta.persistence.RollbackException.class)
                        .hasRootCauseInstanceOf(org.eclipse.persistence.exceptions.OptimisticLockException.class);
            } finally {
                em1.close();
            }
        }
    }
}
