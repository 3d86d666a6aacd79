package vn.govca.db.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.db.domain.CalendarDayKind;
import vn.govca.db.domain.CalendarDayRecord;
import vn.govca.db.domain.ProvinceKind;
import vn.govca.db.domain.ProvinceRecord;
import vn.govca.db.domain.WorkingCalendar;
import vn.govca.db.testkit.DatabaseFixture;
import vn.govca.db.testkit.DatabaseKind;

/** The seed data of migration V3 (provinces, holidays) read back through the repositories. */
class ProvinceCalendarRepositoryTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void all_afterMigration_returnsThe34ProvincialUnitsWithVietnameseNames(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            List<ProvinceRecord> all = db.inTransaction(em -> new ProvinceRepository(em).all());
            ProvinceRecord sonLa = db.inTransaction(em -> new ProvinceRepository(em).byCode("14").orElseThrow());
            ProvinceRecord byId = db.inTransaction(em -> new ProvinceRepository(em).byId(sonLa.id()).orElseThrow());

            assertThat(all).hasSize(34);
            assertThat(all).filteredOn(p -> p.kind() == ProvinceKind.CITY).extracting(ProvinceRecord::code)
                    .containsExactly("01", "31", "46", "48", "79", "92");
            assertThat(all).allMatch(ProvinceRecord::active);
            assertThat(all.get(0).name()).isEqualTo("Thành phố Hà Nội");
            assertThat(sonLa.name()).isEqualTo("Tỉnh Sơn La");
            assertThat(byId.code()).isEqualTo("14");
            assertThat(all).extracting(ProvinceRecord::name)
                    .contains("Tỉnh Đắk Lắk", "Thành phố Hồ Chí Minh", "Tỉnh Khánh Hòa", "Thành phố Huế");
            Optional<ProvinceRecord> unknown = db.inTransaction(em -> new ProvinceRepository(em).byCode("99"));
            assertThat(unknown).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void add_takenCode_throwsDuplicateKey(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            assertThatThrownBy(() -> db.runInTransaction(em -> new ProvinceRepository(em)
                    .add(ProvinceRecord.create("14", "Tỉnh Sơn La mới", ProvinceKind.PROVINCE, Samples.T0))))
                    .isInstanceOf(DuplicateKeyException.class);
            db.runInTransaction(em -> new ProvinceRepository(em).byCode("14").orElseThrow().deactivate());

            boolean active = db.inTransaction(em -> new ProvinceRepository(em).byCode("14").orElseThrow().active());
            assertThat(active).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void between_2026_returnsSeededHolidaysAndDueDatesSkipThem(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            List<CalendarDayRecord> y2026 = db.inTransaction(em ->
                    new CalendarRepository(em).between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
            WorkingCalendar april = db.inTransaction(em ->
                    new CalendarRepository(em).workingCalendar(LocalDate.of(2026, 4, 24), 30));

            assertThat(y2026).hasSize(15).allMatch(d -> d.kind() == CalendarDayKind.HOLIDAY);
            assertThat(y2026.get(0).day()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(y2026.get(1).name()).isEqualTo("Tết Nguyên đán");
            assertThat(y2026).extracting(CalendarDayRecord::day)
                    .contains(LocalDate.of(2026, 4, 27), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));
            assertThat(april.addWorkingDays(LocalDate.of(2026, 4, 24), 3)).isEqualTo(LocalDate.of(2026, 5, 4));
            List<CalendarDayRecord> y2027 = db.inTransaction(em -> new CalendarRepository(em)
                    .between(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
            assertThat(y2027).hasSize(13);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void add_compensatingSaturday_isWorkingDayAndDuplicateRefused(DatabaseKind kind) {
        LocalDate saturday = LocalDate.of(2026, 1, 10);
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            db.runInTransaction(em -> new CalendarRepository(em).add(CalendarDayRecord.workingDay(saturday, "Làm bù")));

            WorkingCalendar calendar = db.inTransaction(em ->
                    new CalendarRepository(em).workingCalendar(LocalDate.of(2026, 1, 1), 31));

            assertThat(calendar.isWorkingDay(saturday)).isTrue();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 1))).isFalse();
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 11))).isFalse();
            assertThatThrownBy(() -> db.runInTransaction(em -> new CalendarRepository(em)
                    .add(CalendarDayRecord.holiday(LocalDate.of(2026, 1, 1), "Tết"))))
                    .isInstanceOf(DuplicateKeyException.class);
            boolean removed = db.inTransaction(em -> new CalendarRepository(em).remove(saturday));
            Optional<CalendarDayRecord> after = db.inTransaction(em -> new CalendarRepository(em).byDay(saturday));
            assertThat(removed).isTrue();
            assertThat(after).isEmpty();
        }
    }
}
