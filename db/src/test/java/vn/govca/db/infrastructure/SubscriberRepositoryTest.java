package vn.govca.db.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.db.domain.AgencyRecord;
import vn.govca.db.domain.DeviceDetails;
import vn.govca.db.domain.IdentityDocumentType;
import vn.govca.db.domain.IndividualDetails;
import vn.govca.db.domain.KeyDeviceKind;
import vn.govca.db.domain.KeyDeviceRecord;
import vn.govca.db.domain.OrganizationDetails;
import vn.govca.db.domain.RaScope;
import vn.govca.db.domain.SubscriberKind;
import vn.govca.db.domain.SubscriberRecord;
import vn.govca.db.testkit.DatabaseFixture;
import vn.govca.db.testkit.DatabaseKind;

class SubscriberRepositoryTest {

    private record Agencies(AgencyRecord sonLa, AgencyRecord sonLaHealth, AgencyRecord haNoi, AgencyRecord ministry) {
    }

    private static Agencies agencies(DatabaseFixture db) {
        return db.inTransaction(em -> {
            AgencyRecord sonLa = RaSamples.rootAgency(em, "14", "UBND tỉnh Sơn La");
            return new Agencies(sonLa, RaSamples.childAgency(em, sonLa, "Sở Y tế"),
                    RaSamples.rootAgency(em, "01", "UBND Thành phố Hà Nội"), RaSamples.rootAgency(em, null, "BỘ TÀI CHÍNH"));
        });
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void save_individual_roundTripsFormFieldsAndCopiesProvince(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            Agencies a = agencies(db);
            long id = db.inTransaction(em -> RaSamples.individual(em, a.sonLaHealth(), "Phạm Văn A", "001085012345").id());

            SubscriberRecord found = db.inTransaction(em -> new SubscriberRepository(em).byAgencyAndIdNumber(
                    a.sonLaHealth().id(), IdentityDocumentType.CCCD, "001085 012345").orElseThrow());

            assertThat(found.id()).isEqualTo(id);
            assertThat(found.individualDetails()).isEqualTo(RaSamples.person("Phạm Văn A", "001085012345"));
            assertThat(found.provinceId()).isEqualTo(a.sonLa().provinceId());
            assertThat(found.kind()).isEqualTo(SubscriberKind.INDIVIDUAL);
            assertThat(found.createdBy()).isEqualTo("manager");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void save_sameCitizenIdInSameAgency_throwsDuplicateKeyButOtherAgencyAccepts(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            Agencies a = agencies(db);
            db.runInTransaction(em -> RaSamples.individual(em, a.sonLaHealth(), "Phạm Văn A", "001085012345"));

            assertThatThrownBy(() -> db.runInTransaction(em ->
                    RaSamples.individual(em, a.sonLaHealth(), "Phạm Văn Á", "001085012345")))
                    .isInstanceOf(DuplicateKeyException.class)
                    .satisfies(e -> assertThat(((DuplicateKeyException) e).key())
                            .isEqualTo(SubscriberRepository.IDENTITY_KEY));
            db.runInTransaction(em -> RaSamples.individual(em, a.haNoi(), "Phạm Văn A", "001085012345"));
            long other = db.inTransaction(em ->
                    RaSamples.individual(em, a.sonLaHealth(), "Lò Thị B", "014190000001").id());
            assertThatThrownBy(() -> db.runInTransaction(em -> {
                SubscriberRepository repo = new SubscriberRepository(em);
                SubscriberRecord b = repo.byId(other).orElseThrow();
                b.updateIndividual(RaSamples.person("Lò Thị B", "001085012345"), Samples.T0.plusSeconds(1));
                repo.save(b);
            })).isInstanceOf(DuplicateKeyException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void save_organizationAndDevice_roundTrip(DatabaseKind kind) {
        OrganizationDetails org = new OrganizationDetails("CỤC THUẾ", "123 Lò Đúc, Hà Nội", "0100231226", "1055672",
                "ct@mof.gov.vn");
        DeviceDetails device = new DeviceDetails("Cổng dịch vụ công", List.of("DVC.sonla.gov.vn", "api.sonla.gov.vn"),
                null);
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            Agencies a = agencies(db);
            long orgId = db.inTransaction(em -> new SubscriberRepository(em)
                    .save(SubscriberRecord.organization(a.ministry(), org, "op", Samples.T0)).id());
            long deviceId = db.inTransaction(em -> new SubscriberRepository(em)
                    .save(SubscriberRecord.device(a.sonLa(), device, "op", Samples.T0)).id());

            SubscriberRecord o = db.inTransaction(em -> new SubscriberRepository(em).byId(orgId).orElseThrow());
            SubscriberRecord d = db.inTransaction(em -> new SubscriberRepository(em).byId(deviceId).orElseThrow());

            assertThat(o.organizationDetails()).isEqualTo(org);
            assertThat(o.provinceId()).isNull();
            assertThat(d.deviceDetails().hostNames()).containsExactly("dvc.sonla.gov.vn", "api.sonla.gov.vn");
            assertThat(d.hostNames()).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void page_provinceScope_neverReturnsOtherProvincesAndPagesByKeyset(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            Agencies a = agencies(db);
            db.runInTransaction(em -> {
                for (int i = 0; i < 5; i++) {
                    RaSamples.individual(em, i % 2 == 0 ? a.sonLa() : a.sonLaHealth(), "Sơn La " + i, "01419000000" + i);
                    RaSamples.individual(em, a.haNoi(), "Hà Nội " + i, "00119000000" + i);
                    RaSamples.individual(em, a.ministry(), "Bộ " + i, "00219000000" + i);
                }
            });
            RaScope sonLa = RaScope.province(a.sonLa().provinceId());

            List<SubscriberRecord> seen = new ArrayList<>();
            OptionalLong cursor = OptionalLong.empty();
            do {
                OptionalLong after = cursor;
                RecordPage<SubscriberRecord> page = db.inTransaction(em ->
                        new SubscriberRepository(em).page(SubscriberFilter.within(sonLa), after, 2));
                seen.addAll(page.items());
                cursor = page.nextCursor();
            } while (cursor.isPresent());

            assertThat(seen).hasSize(5).allMatch(s -> s.provinceId().equals(a.sonLa().provinceId()));
            assertThat(seen).extracting(SubscriberRecord::id).isSortedAccordingTo((x, y) -> Long.compare(y, x));
            assertThat(page(db, SubscriberFilter.within(RaScope.agencyTree(a.sonLaHealth())))).hasSize(2)
                    .allMatch(s -> s.agencyId() == a.sonLaHealth().id());
            assertThat(page(db, SubscriberFilter.within(RaScope.agencyTree(a.ministry())))).hasSize(5)
                    .allMatch(s -> s.provinceId() == null);
            assertThat(page(db, SubscriberFilter.within(RaScope.everywhere()))).hasSize(15);
            assertThat(page(db, SubscriberFilter.within(sonLa).withIdentifier("001190000001"))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void page_nameAndIdentifierAndKind_filterWithinScope(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            Agencies a = agencies(db);
            db.runInTransaction(em -> {
                RaSamples.individual(em, a.sonLa(), "Phạm Văn Đức", "014190000001");
                RaSamples.individual(em, a.sonLa(), "Phan Thị Mai", "014190000002");
                RaSamples.individual(em, a.haNoi(), "Phạm Văn Đức", "001190000001");
                new SubscriberRepository(em).save(SubscriberRecord.organization(a.sonLa(), new OrganizationDetails(
                        "Phòng Tài chính", null, "5500123456", null, null), "op", Samples.T0));
            });
            SubscriberFilter sonLa = SubscriberFilter.within(RaScope.province(a.sonLa().provinceId()));

            assertThat(page(db, sonLa.nameStartingWith("pham van d"))).extracting(SubscriberRecord::idNumber)
                    .containsExactly("014190000001");
            assertThat(page(db, sonLa.nameStartingWith("PH"))).hasSize(3);
            assertThat(page(db, sonLa.nameStartingWith("ph").ofKind(SubscriberKind.ORGANIZATION)))
                    .extracting(SubscriberRecord::displayName).containsExactly("Phòng Tài chính");
            assertThat(page(db, sonLa.withIdentifier("5500123456"))).hasSize(1);
            assertThat(page(db, sonLa.withIdentifier("014 190 000 002"))).extracting(SubscriberRecord::displayName)
                    .containsExactly("Phan Thị Mai");
            assertThat(page(db, sonLa.nameStartingWith("_"))).isEmpty();
            Optional<SubscriberRecord> crossProvince = db.inTransaction(em -> {
                long haNoiPerson = new SubscriberRepository(em).byAgencyAndIdNumber(a.haNoi().id(),
                        IdentityDocumentType.CCCD, "001190000001").orElseThrow().id();
                return new SubscriberRepository(em).byIdInScope(haNoiPerson, sonLa.scope());
            });
            assertThat(crossProvince).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void keyDevice_registerAndHandOver_uniqueByKindAndSerial(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            Agencies a = agencies(db);
            long holder = db.inTransaction(em -> RaSamples.individual(em, a.sonLa(), "Lò Văn C", "014190000009").id());
            db.runInTransaction(em -> new KeyDeviceRepository(em)
                    .save(KeyDeviceRecord.register(KeyDeviceKind.USB_TOKEN, "TK-0001", a.sonLa().id(), Samples.T0))
                    .handOverTo(holder));
            db.runInTransaction(em -> new KeyDeviceRepository(em)
                    .save(KeyDeviceRecord.register(KeyDeviceKind.SIM_PKI, "TK-0001", a.sonLa().id(), Samples.T0)));

            KeyDeviceRecord token = db.inTransaction(em ->
                    new KeyDeviceRepository(em).bySerial(KeyDeviceKind.USB_TOKEN, " TK-0001 ").orElseThrow());
            List<KeyDeviceRecord> held = db.inTransaction(em -> new KeyDeviceRepository(em).heldBy(holder));

            assertThat(token.holderSubscriberId()).isEqualTo(holder);
            assertThat(held).extracting(KeyDeviceRecord::id).containsExactly(token.id());
            assertThatThrownBy(() -> db.runInTransaction(em -> new KeyDeviceRepository(em)
                    .save(KeyDeviceRecord.register(KeyDeviceKind.USB_TOKEN, "TK-0001", a.haNoi().id(), Samples.T0))))
                    .isInstanceOf(DuplicateKeyException.class);
        }
    }

    private static List<SubscriberRecord> page(DatabaseFixture db, SubscriberFilter filter) {
        return db.inTransaction(em -> new SubscriberRepository(em).page(filter, OptionalLong.empty(), 100).items());
    }
}
