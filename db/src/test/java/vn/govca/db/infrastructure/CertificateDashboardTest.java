package vn.govca.db.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.db.domain.AdministratorRecord;
import vn.govca.db.domain.AdministratorRole;
import vn.govca.db.domain.AgencyRecord;
import vn.govca.db.domain.CertificateRecord;
import vn.govca.db.domain.CertificateStatus;
import vn.govca.db.domain.RaScope;
import vn.govca.db.domain.RecordStateException;
import vn.govca.db.domain.SerialHex;
import vn.govca.db.domain.Sha256Hex;
import vn.govca.db.domain.SubscriberKind;
import vn.govca.db.domain.SubscriberRecord;
import vn.govca.db.infrastructure.CertificateRepository.AgencyTally;
import vn.govca.db.infrastructure.CertificateRepository.CertificateTally;
import vn.govca.db.testkit.DatabaseFixture;
import vn.govca.db.testkit.DatabaseKind;

/** Certificates attributed to RA subscribers, counted per scope for the dashboard (migration V3). */
class CertificateDashboardTest {

    private static final Instant NOW = Samples.T0.plus(Duration.ofDays(200));

    private record World(long caId, AgencyRecord sonLa, AgencyRecord haNoi, SubscriberRecord sonLaPerson,
                         SubscriberRecord haNoiPerson) {
    }

    private static World world(DatabaseFixture db) {
        return db.inTransaction(em -> {
            AgencyRecord sonLa = RaSamples.rootAgency(em, "14", "UBND tỉnh Sơn La");
            AgencyRecord haNoi = RaSamples.rootAgency(em, "01", "UBND Thành phố Hà Nội");
            return new World(Samples.addActiveCa(em, "ca-1"), sonLa, haNoi,
                    RaSamples.individual(em, sonLa, "Phạm Văn A", "014190000001"),
                    RaSamples.individual(em, haNoi, "Nguyễn Văn B", "001190000001"));
        });
    }

    /** An ACTIVE certificate of {@code subscriber} valid for {@code days} from T0. */
    private static long issue(EntityManager em, long caId, SubscriberRecord subscriber, String serial, int days) {
        CertificateRecord c = new CertificateRepository(em).reserve(CertificateRecord.reserve(caId, SerialHex.of(serial),
                "CN=" + serial, serial, "personal", Samples.T0, Samples.T0.plus(Duration.ofDays(days)), Samples.T0));
        c.attributeTo(subscriber);
        byte[] der = {0x30, 0x01, (byte) serial.hashCode()};
        c.markSigned(der, Sha256Hex.digestOf(der), Samples.T0);
        return c.id();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void tallies_provinceScope_countOnlyThatProvince(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            World w = world(db);
            long revoked = db.inTransaction(em -> {
                issue(em, w.caId(), w.sonLaPerson(), "01", 365);
                issue(em, w.caId(), w.sonLaPerson(), "02", 220);
                issue(em, w.caId(), w.sonLaPerson(), "03", 100);
                issue(em, w.caId(), w.haNoiPerson(), "04", 220);
                return issue(em, w.caId(), w.sonLaPerson(), "05", 365);
            });
            db.runInTransaction(em -> new CertificateRepository(em).findById(revoked).orElseThrow().revoke(1, NOW, null));
            db.runInTransaction(em -> new CertificateRepository(em).reserve(Samples.reservation(w.caId(), "ff", "ocsp")));
            RaScope sonLa = RaScope.province(w.sonLa().provinceId());
            Long sonLaId = w.sonLa().provinceId();

            List<CertificateTally> byStatus = db.inTransaction(em ->
                    new CertificateRepository(em).countByProvinceTypeAndStatus(sonLa));
            List<CertificateTally> expiring30 = db.inTransaction(em -> new CertificateRepository(em)
                    .countActiveExpiringBetween(sonLa, NOW, NOW.plus(Duration.ofDays(30))));
            List<CertificateTally> expired = db.inTransaction(em -> new CertificateRepository(em)
                    .countActiveExpiringBetween(sonLa, Instant.EPOCH, NOW));
            List<CertificateTally> everywhere = db.inTransaction(em ->
                    new CertificateRepository(em).countByProvinceTypeAndStatus(RaScope.everywhere()));
            List<AgencyTally> agencies = db.inTransaction(em ->
                    new CertificateRepository(em).countByAgencyAndStatus(RaScope.agencyTree(w.haNoi())));

            assertThat(byStatus).containsExactlyInAnyOrder(
                    new CertificateTally(sonLaId, SubscriberKind.INDIVIDUAL, CertificateStatus.ACTIVE, 3),
                    new CertificateTally(sonLaId, SubscriberKind.INDIVIDUAL, CertificateStatus.REVOKED, 1));
            assertThat(expiring30).containsExactly(
                    new CertificateTally(sonLaId, SubscriberKind.INDIVIDUAL, CertificateStatus.ACTIVE, 1));
            assertThat(expired).extracting(CertificateTally::count).containsExactly(1L);
            assertThat(everywhere).extracting(CertificateTally::count).containsExactlyInAnyOrder(3L, 1L, 1L);
            assertThat(agencies).containsExactly(new AgencyTally(w.haNoi().id(), CertificateStatus.ACTIVE, 1));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void findByIdInScope_otherProvince_isEmptyAndAttributionIsOnce(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            World w = world(db);
            long haNoiCert = db.inTransaction(em -> issue(em, w.caId(), w.haNoiPerson(), "0b", 365));

            Optional<CertificateRecord> fromSonLa = db.inTransaction(em -> new CertificateRepository(em)
                    .findByIdInScope(haNoiCert, RaScope.province(w.sonLa().provinceId())));
            Optional<CertificateRecord> fromHaNoi = db.inTransaction(em -> new CertificateRepository(em)
                    .findByIdInScope(haNoiCert, RaScope.agencyTree(w.haNoi())));
            List<CertificateRecord> ofPerson = db.inTransaction(em ->
                    new CertificateRepository(em).listBySubscriber(w.haNoiPerson().id(), 10));

            assertThat(fromSonLa).isEmpty();
            assertThat(fromHaNoi).get().satisfies(c -> {
                assertThat(c.subscriberId()).isEqualTo(w.haNoiPerson().id());
                assertThat(c.agencyId()).isEqualTo(w.haNoi().id());
                assertThat(c.provinceId()).isEqualTo(w.haNoi().provinceId());
                assertThat(c.certType()).isEqualTo(SubscriberKind.INDIVIDUAL);
            });
            assertThat(ofPerson).extracting(CertificateRecord::id).containsExactly(haNoiCert);
            CertificatePage sonLaSearch = db.inTransaction(em -> new CertificateRepository(em).searchInScope(
                    RaScope.province(w.sonLa().provinceId()), CertificateSearch.all(), OptionalLong.empty(), 10));
            CertificatePage haNoiSearch = db.inTransaction(em -> new CertificateRepository(em).searchInScope(
                    RaScope.province(w.haNoi().provinceId()), CertificateSearch.all().subjectStartingWith("0B")
                            .withStatus(CertificateStatus.ACTIVE), OptionalLong.empty(), 10));
            CertificatePage haNoiContains = db.inTransaction(em -> new CertificateRepository(em).searchInScope(
                    RaScope.agencyTree(w.haNoi()), CertificateSearch.all().subjectContaining("b"),
                    OptionalLong.empty(), 10));
            assertThat(sonLaSearch.items()).isEmpty();
            assertThat(haNoiSearch.items()).extracting(CertificateRecord::id).containsExactly(haNoiCert);
            assertThat(haNoiContains.items()).extracting(CertificateRecord::id).containsExactly(haNoiCert);
            assertThatThrownBy(() -> db.runInTransaction(em -> new CertificateRepository(em).findById(haNoiCert)
                    .orElseThrow().attributeTo(w.sonLaPerson()))).isInstanceOf(RecordStateException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void administratorScope_provinceEmailLocale_roundTrip(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            World w = world(db);
            db.runInTransaction(em -> {
                AdministratorRecord a = new AdministratorRepository(em).add(AdministratorRecord.enrol("ql.sonla",
                        "Quản lý Sơn La", AdministratorRole.SUBSCRIBER_MANAGER, "h", null, Samples.T0));
                a.scopeToProvince(w.sonLa().provinceId());
                a.changeEmail("ql@sonla.gov.vn");
                a.changeLocale("vi");
            });
            db.runInTransaction(em -> new AdministratorRepository(em).findByUsername("ql.sonla").orElseThrow()
                    .scopeToAgencyTree(w.haNoi().id()));

            AdministratorRecord a = db.inTransaction(em ->
                    new AdministratorRepository(em).findByUsername("ql.sonla").orElseThrow());

            assertThat(a.scopeProvinceId()).isNull();
            assertThat(a.scopeAgencyId()).isEqualTo(w.haNoi().id());
            assertThat(a.email()).isEqualTo("ql@sonla.gov.vn");
            assertThat(a.locale()).isEqualTo("vi");
        }
    }
}
