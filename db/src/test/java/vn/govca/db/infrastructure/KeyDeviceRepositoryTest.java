package vn.govca.db.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.db.domain.AgencyRecord;
import vn.govca.db.domain.KeyDeviceKind;
import vn.govca.db.domain.KeyDeviceRecord;
import vn.govca.db.domain.RaScope;
import vn.govca.db.testkit.DatabaseFixture;
import vn.govca.db.testkit.DatabaseKind;

/** Scoped look-up of key storage devices and an agency's stock of devices nobody holds. */
class KeyDeviceRepositoryTest {

    private record Agencies(AgencyRecord sonLa, AgencyRecord sonLaHealth, AgencyRecord haNoi, AgencyRecord ministry,
                            AgencyRecord ministryUnit) {
    }

    private static Agencies agencies(DatabaseFixture db) {
        return db.inTransaction(em -> {
            AgencyRecord sonLa = RaSamples.rootAgency(em, "14", "UBND tỉnh Sơn La");
            AgencyRecord ministry = RaSamples.rootAgency(em, null, "BỘ TÀI CHÍNH");
            return new Agencies(sonLa, RaSamples.childAgency(em, sonLa, "Sở Y tế"),
                    RaSamples.rootAgency(em, "01", "UBND Thành phố Hà Nội"), ministry,
                    RaSamples.childAgency(em, ministry, "Cục Thuế"));
        });
    }

    private static long device(DatabaseFixture db, String serial, AgencyRecord agency) {
        return db.inTransaction(em -> new KeyDeviceRepository(em)
                .save(KeyDeviceRecord.register(KeyDeviceKind.USB_TOKEN, serial, agency.id(), Samples.T0)).id());
    }

    private static Optional<KeyDeviceRecord> inScope(DatabaseFixture db, long id, RaScope scope) {
        return db.inTransaction(em -> new KeyDeviceRepository(em).byIdInScope(id, scope));
    }

    private static List<KeyDeviceRecord> stock(DatabaseFixture db, AgencyRecord agency) {
        return db.inTransaction(em -> new KeyDeviceRepository(em).heldByAgency(agency.id()));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void byIdInScope_deviceOfAgencyInScope_foundOtherwiseEmpty(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            Agencies a = agencies(db);
            long sonLaDevice = device(db, "TK-SL-1", a.sonLaHealth());
            long unitDevice = device(db, "TK-BTC-1", a.ministryUnit());
            long sonLa = a.sonLa().provinceId();
            long haNoi = a.haNoi().provinceId();

            assertThat(inScope(db, sonLaDevice, RaScope.province(sonLa))).isPresent();
            assertThat(inScope(db, sonLaDevice, RaScope.everywhere())).isPresent();
            assertThat(inScope(db, sonLaDevice, RaScope.province(haNoi))).isEmpty();
            assertThat(inScope(db, unitDevice, RaScope.agencyTree(a.ministry()))).isPresent();
            assertThat(inScope(db, sonLaDevice, RaScope.agencyTree(a.ministry()))).isEmpty();
            assertThat(inScope(db, unitDevice, RaScope.province(sonLa))).isEmpty();
            assertThat(inScope(db, 999_999L, RaScope.everywhere())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void heldByAgency_handOverAndReturn_listsOnlyDevicesNobodyHolds(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            Agencies a = agencies(db);
            long holder = db.inTransaction(em -> RaSamples.individual(em, a.sonLaHealth(), "Lò Văn D", "014190000011")
                    .id());
            long first = device(db, "TK-SL-2", a.sonLaHealth());
            long second = device(db, "TK-SL-3", a.sonLaHealth());
            device(db, "TK-HN-1", a.haNoi());
            db.runInTransaction(em -> new KeyDeviceRepository(em).byId(first).orElseThrow().handOverTo(holder));

            assertThat(stock(db, a.sonLaHealth())).extracting(KeyDeviceRecord::id).containsExactly(second);

            db.runInTransaction(em -> new KeyDeviceRepository(em).byId(first).orElseThrow().returnToAgency());
            assertThat(stock(db, a.sonLaHealth())).extracting(KeyDeviceRecord::id).containsExactly(first, second);
            List<KeyDeviceRecord> held = db.inTransaction(em -> new KeyDeviceRepository(em).heldBy(holder));
            assertThat(held).isEmpty();
        }
    }
}
