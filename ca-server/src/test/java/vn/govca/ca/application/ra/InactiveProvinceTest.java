package vn.govca.ca.application.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.ca.application.ServiceFixture;
import vn.govca.ca.application.ra.csvimport.ImportColumn;
import vn.govca.ca.application.ra.csvimport.RowError;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.auth.Role;
import vn.govca.ca.domain.subscriber.DeviceDetails;
import vn.govca.db.domain.AgencyDetails;
import vn.govca.db.domain.AgencyRecord;
import vn.govca.db.domain.ProvinceRecord;
import vn.govca.db.domain.RaScope;
import vn.govca.db.domain.SubscriberRecord;
import vn.govca.db.infrastructure.ProvinceRepository;
import vn.govca.db.infrastructure.SubscriberFilter;
import vn.govca.db.infrastructure.SubscriberRepository;
import vn.govca.db.testkit.DatabaseKind;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

/**
 * A province a CA administrator deactivated (merged or abolished) takes no new agencies or
 * subscribers — by the services behind the REST API and the RA web UI, and in the CSV import —
 * while what it holds stays readable and editable. Services on a real database (H2 and MariaDB).
 */
class InactiveProvinceTest {

    private static final Principal ADMIN = new Principal(1, "admin", Role.CA_ADMIN, "password");
    private static final String CA_MAU = "96";
    private static final String SON_LA = "14";

    @TempDir
    Path home;

    /** An agency (with a child and a device subscriber) in Cà Mau, made while it was active. */
    private record Existing(long province, AgencyRecord agency, AgencyRecord child, SubscriberRecord subscriber) {
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void create_agencyInInactiveProvince_conflictNamingItAndNothingStored(DatabaseKind kind) {
        try (ServiceFixture f = ServiceFixture.start(kind, home)) {
            Existing e = existingThenDeactivate(f);
            Principal manager = new Principal(9, "quanly.camau", Role.SUBSCRIBER_MANAGER, "password",
                    RaScope.province(e.province()));

            assertConflictNamingCaMau(() -> createAgency(f, ADMIN, e.province(), null, "UBND xã Tân Thành"));
            assertConflictNamingCaMau(() -> createAgency(f, manager, e.province(), null, "UBND xã Tân Thành"));
            assertConflictNamingCaMau(() -> createAgency(f, manager, null, e.agency().id(), "Phòng Tư pháp"));
            List<AgencyRecord> roots = f.inTransaction(s -> s.get(AgencyService.class)
                    .children(ADMIN, null, e.province()));
            List<AgencyRecord> children = f.inTransaction(s -> s.get(AgencyService.class)
                    .children(ADMIN, e.agency().id(), null));
            assertThat(roots).extracting(AgencyRecord::id).containsExactly(e.agency().id());
            assertThat(children).extracting(AgencyRecord::id).containsExactly(e.child().id());

            long sonLa = province(f, SON_LA).id();
            assertThat(createAgency(f, ADMIN, sonLa, null, "UBND tỉnh Sơn La").provinceId()).isEqualTo(sonLa);
            assertThat(createAgency(f, ADMIN, null, null, "BỘ NỘI VỤ").provinceId()).as("central body").isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void create_subscriberInInactiveProvince_conflictButExistingReadableEditableAndReactivationReopens(
            DatabaseKind kind) {
        try (ServiceFixture f = ServiceFixture.start(kind, home)) {
            Existing e = existingThenDeactivate(f);

            assertConflictNamingCaMau(() -> createDevice(f, e.agency().id(), "Cổng dịch vụ công", "dvc.camau.gov.vn"));
            assertThat(subscribersOf(f, e.agency().id())).containsExactly(e.subscriber().id());

            assertThat(f.inTransaction(s -> s.get(AgencyService.class).get(ADMIN, e.agency().id())).name())
                    .isEqualTo(e.agency().name());
            assertThat(f.inTransaction(s -> s.get(SubscriberService.class).get(ADMIN, e.subscriber().id()))
                    .displayName()).isEqualTo("Hệ thống một cửa");
            SubscriberRecord edited = f.inTransaction(s -> s.get(SubscriberService.class).update(ADMIN,
                    e.subscriber().id(), device("Hệ thống một cửa điện tử", "motcua.camau.gov.vn")));
            assertThat(edited.displayName()).isEqualTo("Hệ thống một cửa điện tử");

            ProvinceRecord p = province(f, CA_MAU);
            f.inTransaction(s -> s.get(ProvinceService.class).update(ADMIN, p.id(), p.name(), p.kind().name(), true));
            SubscriberRecord reopened = createDevice(f, e.agency().id(), "Cổng dịch vụ công", "dvc.camau.gov.vn");
            assertThat(subscribersOf(f, e.agency().id())).containsExactlyInAnyOrder(e.subscriber().id(), reopened.id());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void importCsv_rowOfAgencyInInactiveProvince_rowErrorNamingItAndNothingImported(DatabaseKind kind) {
        try (ServiceFixture f = ServiceFixture.start(kind, home)) {
            Existing e = existingThenDeactivate(f);
            AgencyRecord sonLa = createAgency(f, ADMIN, province(f, SON_LA).id(), null, "UBND tỉnh Sơn La");
            byte[] csv = csv(deviceRow(sonLa.id(), "qlvb.sonla.gov.vn"),
                    deviceRow(e.agency().id(), "qlvb.camau.gov.vn"));

            ImportService.Outcome outcome = f.inTransaction(s -> s.get(ImportService.class)
                    .importCsv(ADMIN, new ByteArrayInputStream(csv)));

            assertThat(outcome.accepted()).isFalse();
            assertThat(outcome.subscribers()).isZero();
            assertThat(outcome.report().errors()).singleElement().satisfies(err -> {
                assertThat(err.lineNumber()).isEqualTo(3);
                assertThat(err.column()).isEqualTo(ImportColumn.AGENCY.header());
                assertThat(err.value()).isEqualTo(Long.toString(e.agency().id()));
                assertThat(err.message()).contains("Tỉnh Cà Mau").contains("code 96").contains("inactive");
            });
            assertThat(subscribersOf(f, sonLa.id())).isEmpty();
            assertThat(subscribersOf(f, e.agency().id())).containsExactly(e.subscriber().id());
        }
    }

    // ---- helpers

    private static Existing existingThenDeactivate(ServiceFixture f) {
        ProvinceRecord caMau = province(f, CA_MAU);
        AgencyRecord agency = createAgency(f, ADMIN, caMau.id(), null, "UBND tỉnh Cà Mau");
        AgencyRecord child = createAgency(f, ADMIN, null, agency.id(), "Sở Nội vụ tỉnh Cà Mau");
        SubscriberRecord subscriber = createDevice(f, agency.id(), "Hệ thống một cửa", "motcua.camau.gov.vn");
        ProvinceRecord inactive = f.inTransaction(s -> s.get(ProvinceService.class)
                .update(ADMIN, caMau.id(), caMau.name(), caMau.kind().name(), false));
        assertThat(inactive.active()).isFalse();
        return new Existing(caMau.id(), agency, child, subscriber);
    }

    private static ProvinceRecord province(ServiceFixture f, String code) {
        return f.inTransaction(s -> new ProvinceRepository(s.em()).byCode(code).orElseThrow());
    }

    private static AgencyRecord createAgency(ServiceFixture f, Principal who, Long provinceId, Long parentId,
                                             String name) {
        return f.inTransaction(s -> s.get(AgencyService.class).create(who, provinceId, parentId,
                new AgencyDetails(name, null, null, null, null)));
    }

    private static SubscriberRecord createDevice(ServiceFixture f, long agencyId, String name, String host) {
        return f.inTransaction(s -> s.get(SubscriberService.class).create(ADMIN, agencyId, device(name, host)));
    }

    private static DeviceDetails device(String name, String host) {
        return DeviceDetails.validate(new DeviceDetails.Form(name, host, "cntt@" + host)).value();
    }

    private static List<Long> subscribersOf(ServiceFixture f, long agencyId) {
        return f.inTransaction(s -> new SubscriberRepository(s.em()).page(
                SubscriberFilter.within(RaScope.everywhere()).inAgency(agencyId), OptionalLong.empty(), 100))
                .items().stream().map(SubscriberRecord::id).toList();
    }

    private static void assertConflictNamingCaMau(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(GovCaException.class, ex -> {
            assertThat(ex.category()).isEqualTo(Category.CONFLICT);
            assertThat(ex.getMessage()).contains("Tỉnh Cà Mau").contains("code 96");
        });
    }

    private static Map<ImportColumn, String> deviceRow(long agencyId, String host) {
        Map<ImportColumn, String> row = new EnumMap<>(ImportColumn.class);
        row.put(ImportColumn.KIND, "thiết bị");
        row.put(ImportColumn.AGENCY, Long.toString(agencyId));
        row.put(ImportColumn.PROFILE, "tls-server");
        row.put(ImportColumn.RECIPIENT, "Lò Văn Minh");
        row.put(ImportColumn.EMAIL, "cntt@" + host);
        row.put(ImportColumn.DEVICE_NAME, "Hệ thống quản lý văn bản");
        row.put(ImportColumn.HOST_NAMES, host);
        return row;
    }

    @SafeVarargs
    private static byte[] csv(Map<ImportColumn, String>... rows) {
        String header = Stream.of(ImportColumn.values()).map(ImportColumn::header).collect(Collectors.joining(","));
        StringBuilder text = new StringBuilder(header).append("\r\n");
        for (Map<ImportColumn, String> row : rows) {
            text.append(Stream.of(ImportColumn.values()).map(c -> row.getOrDefault(c, ""))
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
