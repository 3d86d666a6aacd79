package vn.govca.db.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.db.domain.AgencyRecord;
import vn.govca.db.domain.KeyDeviceEventKind;
import vn.govca.db.domain.KeyDeviceEventRecord;
import vn.govca.db.domain.KeyDeviceKind;
import vn.govca.db.domain.KeyDeviceRecord;
import vn.govca.db.testkit.DatabaseFixture;
import vn.govca.db.testkit.DatabaseKind;

/** A key storage device's history (V5): stored as given, read oldest first, per device. */
class KeyDeviceEventRepositoryTest {

    private record Setup(KeyDeviceRecord first, KeyDeviceRecord second, long holder) {
    }

    private static Setup setup(DatabaseFixture db) {
        return db.inTransaction(em -> {
            AgencyRecord agency = RaSamples.rootAgency(em, "14", "UBND tỉnh Sơn La");
            long holder = RaSamples.individual(em, agency, "Lò Văn D", "014190000011").id();
            KeyDeviceRepository devices = new KeyDeviceRepository(em);
            return new Setup(devices.save(KeyDeviceRecord.register(KeyDeviceKind.USB_TOKEN, "TK-1", agency.id(),
                    Samples.T0)), devices.save(KeyDeviceRecord.register(KeyDeviceKind.SIM_PKI, "SIM-1", agency.id(),
                    Samples.T0)), holder);
        });
    }

    private static void add(DatabaseFixture db, KeyDeviceRecord device, KeyDeviceEventKind kind, Long subscriber,
                            String note, int minutes) {
        db.runInTransaction(em -> new KeyDeviceEventRepository(em).add(KeyDeviceEventRecord.of(device, kind,
                subscriber, null, "quanly.sonla (PASSWORD)", note, Samples.T0.plus(Duration.ofMinutes(minutes)))));
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void history_eventsAddedOutOfOrder_readOldestFirstPerDeviceWithAllColumns(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            Setup s = setup(db);
            add(db, s.first(), KeyDeviceEventKind.RETURNED, s.holder(), null, 20);
            add(db, s.first(), KeyDeviceEventKind.REGISTERED, s.holder(), "  ", 0);
            add(db, s.second(), KeyDeviceEventKind.REGISTERED, s.holder(), null, 5);
            add(db, s.first(), KeyDeviceEventKind.RESTORED, s.holder(), " Mở khóa PIN, thiết bị nguyên vẹn ", 10);

            List<KeyDeviceEventRecord> first = db.inTransaction(em -> new KeyDeviceEventRepository(em)
                    .history(s.first().id()));
            assertThat(first).extracting(KeyDeviceEventRecord::kind).containsExactly(KeyDeviceEventKind.REGISTERED,
                    KeyDeviceEventKind.RESTORED, KeyDeviceEventKind.RETURNED);
            KeyDeviceEventRecord restored = first.get(1);
            assertThat(restored.note()).isEqualTo("Mở khóa PIN, thiết bị nguyên vẹn");
            assertThat(restored.subscriberId()).isEqualTo(s.holder());
            assertThat(restored.raRequestId()).isNull();
            assertThat(restored.actor()).isEqualTo("quanly.sonla (PASSWORD)");
            assertThat(restored.occurredAt()).isEqualTo(Samples.T0.plus(Duration.ofMinutes(10)));
            assertThat(first.get(0).note()).as("blank note").isNull();

            List<KeyDeviceEventRecord> both = db.inTransaction(em -> new KeyDeviceEventRepository(em)
                    .histories(List.of(s.second().id(), s.first().id(), s.first().id())));
            assertThat(both).extracting(KeyDeviceEventRecord::keyDeviceId).containsExactly(s.first().id(),
                    s.first().id(), s.first().id(), s.second().id());
            List<KeyDeviceEventRecord> none = db.inTransaction(em -> new KeyDeviceEventRepository(em)
                    .histories(List.of()));
            assertThat(none).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void add_longNoteCutToColumn_unsavedDeviceOrBlankActorRefused(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            Setup s = setup(db);
            add(db, s.first(), KeyDeviceEventKind.RESTORED, s.holder(), "ắ".repeat(1500), 1);

            List<KeyDeviceEventRecord> cut = db.inTransaction(em -> new KeyDeviceEventRepository(em)
                    .history(s.first().id()));
            assertThat(cut.get(0).note()).hasSize(KeyDeviceEventRecord.MAX_NOTE_LENGTH);
            KeyDeviceRecord unsaved = KeyDeviceRecord.register(KeyDeviceKind.REMOTE, "R-1", 1L, Samples.T0);
            assertThatThrownBy(() -> KeyDeviceEventRecord.of(unsaved, KeyDeviceEventKind.REGISTERED, null, null, "a",
                    null, Samples.T0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> KeyDeviceEventRecord.of(s.first(), KeyDeviceEventKind.REGISTERED, null, null, " ",
                    null, Samples.T0)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
