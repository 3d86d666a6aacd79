package vn.govca.ca.application.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.ca.application.ServiceFixture;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.auth.Role;
import vn.govca.db.domain.AdministratorRecord;
import vn.govca.db.domain.AdministratorRole;
import vn.govca.db.domain.AgencyDetails;
import vn.govca.db.domain.AgencyRecord;
import vn.govca.db.domain.IdentityDocumentType;
import vn.govca.db.domain.IndividualDetails;
import vn.govca.db.domain.KeyDeviceEventKind;
import vn.govca.db.domain.KeyDeviceEventRecord;
import vn.govca.db.domain.KeyDeviceKind;
import vn.govca.db.domain.RaRequestRecord;
import vn.govca.db.domain.RaRequestState;
import vn.govca.db.domain.RaRequestType;
import vn.govca.db.domain.RaScope;
import vn.govca.db.domain.SubscriberRecord;
import vn.govca.db.infrastructure.AdministratorRepository;
import vn.govca.db.infrastructure.AgencyRepository;
import vn.govca.db.infrastructure.ProvinceRepository;
import vn.govca.db.infrastructure.RaRequestRepository;
import vn.govca.db.infrastructure.SubscriberRepository;
import vn.govca.db.testkit.DatabaseKind;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

/**
 * Form 06 (token restore) and the key device history (migration V5), by the services behind the
 * REST API and the RA web UI, on a real database (H2 and MariaDB): registering, handing over and
 * returning a device each write an event; a TOKEN_RESTORE request names a device its subscriber
 * holds, in the filer's scope, or nothing is stored; executing the approved request records the
 * restore and completes it together, or — the device moved meanwhile — fails with CONFLICT and
 * leaves the request APPROVED. Each {@code inTransaction} is one of the server's transactions.
 */
class TokenRestoreTest {

    private static final String NOTE = "Nhập sai PIN quá 10 lần, thiết bị bị khóa";

    @TempDir
    Path home;

    /** Two subscribers of a Sơn La agency, one of Hà Nội, and the people acting on them. */
    private record World(long holder, long peer, long haNoiSubscriber, Principal manager, Principal haNoiManager,
                         Principal operator) {
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void registerHandOverReturn_eachWritesAnEvent_historyScopedLikeTheDevice(DatabaseKind kind) {
        try (ServiceFixture f = ServiceFixture.start(kind, home)) {
            World w = world(f);
            long device = register(f, w.manager(), w.holder(), "TK-SL-0001");
            f.inTransaction(s -> s.get(KeyDeviceService.class).handOver(w.manager(), device, w.peer()));
            f.inTransaction(s -> s.get(KeyDeviceService.class).returnToAgency(w.manager(), device));
            assertRefused(Category.NOT_FOUND, () -> f.inTransaction(s -> s.get(KeyDeviceService.class)
                    .handOver(w.manager(), device, w.haNoiSubscriber())));

            List<KeyDeviceEventRecord> history = history(f, w.operator(), device);
            assertThat(history).extracting(KeyDeviceEventRecord::kind).containsExactly(KeyDeviceEventKind.REGISTERED,
                    KeyDeviceEventKind.HANDED_OVER, KeyDeviceEventKind.RETURNED);
            assertThat(history).extracting(KeyDeviceEventRecord::subscriberId)
                    .as("holder after registering and handing over; who gave it back")
                    .containsExactly(w.holder(), w.peer(), w.peer());
            assertThat(history).allSatisfy(e -> {
                assertThat(e.actor()).isEqualTo(w.manager().auditName());
                assertThat(e.raRequestId()).isNull();
                assertThat(e.keyDeviceId()).isEqualTo(device);
            });
            assertThat(history(f, w.manager(), device)).hasSize(3);
            assertRefused(Category.NOT_FOUND, () -> history(f, w.haNoiManager(), device));
            assertRefused(Category.NOT_FOUND, () -> history(f, w.manager(), 999_999_999L));

            KeyDeviceService.Overview page = f.inTransaction(s -> s.get(KeyDeviceService.class)
                    .overview(w.manager(), w.holder()));
            assertThat(page.held()).isEmpty();
            assertThat(page.stock()).extracting(d -> d.id()).containsExactly(device);
            assertThat(page.history()).hasSize(3);
            assertRefused(Category.NOT_FOUND, () -> f.inTransaction(s -> s.get(KeyDeviceService.class)
                    .overview(w.haNoiManager(), w.holder())));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void file_tokenRestoreWithoutOrWithUnheldOrForeignDevice_refusedAndNothingStored(DatabaseKind kind) {
        try (ServiceFixture f = ServiceFixture.start(kind, home)) {
            World w = world(f);
            long device = register(f, w.manager(), w.holder(), "TK-SL-0002");
            long peerDevice = register(f, w.manager(), w.peer(), "TK-SL-0003");
            long haNoiDevice = register(f, w.haNoiManager(), w.haNoiSubscriber(), "TK-HN-0001");

            assertRefused(Category.MALFORMED, () -> file(f, w.manager(), restore(w.holder(), null, false)));
            GovCaException notHeld = assertRefused(Category.CONFLICT,
                    () -> file(f, w.manager(), restore(w.holder(), peerDevice, false)));
            assertThat(notHeld.getMessage()).contains("#" + w.holder()).contains("#" + peerDevice);
            assertRefused(Category.NOT_FOUND, () -> file(f, w.manager(), restore(w.holder(), haNoiDevice, true)));
            assertRefused(Category.NOT_FOUND, () -> file(f, w.manager(), restore(w.holder(), 999_999_999L, true)));
            assertRefused(Category.MALFORMED, () -> file(f, w.manager(), new FileRequest(RaRequestType.NEW_ISSUANCE,
                    w.holder(), null, "personal", null, null, null, null, null, null, false, true, device)));

            long requests = f.inTransaction(s -> s.em().createQuery("SELECT COUNT(r) FROM RaRequestRecord r",
                    Long.class).getSingleResult());
            assertThat(requests).isZero();
            assertThat(history(f, w.manager(), device)).extracting(KeyDeviceEventRecord::kind)
                    .containsExactly(KeyDeviceEventKind.REGISTERED);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void approve_tokenRestoreDraftSubmitted_restoredOnDeviceAuditedAndCompleted(DatabaseKind kind) {
        try (ServiceFixture f = ServiceFixture.start(kind, home)) {
            World w = world(f);
            long device = register(f, w.manager(), w.holder(), "TK-SL-0004");
            RaRequestRecord draft = file(f, w.manager(), restore(w.holder(), device, false));
            assertThat(draft.state()).isEqualTo(RaRequestState.DRAFT);
            assertThat(draft.keyDeviceId()).isEqualTo(device);
            long id = draft.id();
            f.inTransaction(s -> s.get(RequestFiling.class).submit(w.manager(), id, null, null));

            RaRequestRecord done = f.inTransaction(s -> s.get(RequestReview.class).approve(w.operator(), id,
                    "đã mở khóa"));

            assertThat(done.state()).isEqualTo(RaRequestState.COMPLETED);
            List<KeyDeviceEventRecord> history = history(f, w.manager(), device);
            assertThat(history).extracting(KeyDeviceEventRecord::kind).containsExactly(KeyDeviceEventKind.REGISTERED,
                    KeyDeviceEventKind.RESTORED);
            KeyDeviceEventRecord restored = history.get(1);
            assertThat(restored.raRequestId()).isEqualTo(id);
            assertThat(restored.subscriberId()).isEqualTo(w.holder());
            assertThat(restored.actor()).isEqualTo(w.operator().auditName());
            assertThat(restored.note()).isEqualTo(NOTE);
            assertThat(auditActions(f, "key device #" + device)).containsExactly(KeyDeviceService.DEVICE_REGISTERED,
                    KeyDeviceService.DEVICE_RESTORED);
            assertThat(auditActions(f, "request #" + id)).endsWith(RequestSteps.REQUEST_COMPLETED);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void execute_deviceHandedOverOrReturnedAfterApproval_conflictStaysApprovedUntilItIsBack(DatabaseKind kind) {
        try (ServiceFixture f = ServiceFixture.start(kind, home)) {
            World w = world(f);
            long device = register(f, w.manager(), w.holder(), "TK-SL-0005");
            long id = file(f, w.manager(), restore(w.holder(), device, true)).id();
            RaRequestState approved = f.inTransaction(s -> s.get(RequestSteps.class).approve(w.operator(), id, null));
            assertThat(approved).isEqualTo(RaRequestState.APPROVED);

            f.inTransaction(s -> s.get(KeyDeviceService.class).handOver(w.manager(), device, w.peer()));
            assertRefused(Category.CONFLICT, () -> execute(f, w.operator(), id));
            assertThat(state(f, id)).isEqualTo(RaRequestState.APPROVED);
            f.inTransaction(s -> s.get(KeyDeviceService.class).returnToAgency(w.manager(), device));
            assertRefused(Category.CONFLICT, () -> execute(f, w.operator(), id));
            assertThat(state(f, id)).isEqualTo(RaRequestState.APPROVED);
            assertThat(history(f, w.manager(), device)).extracting(KeyDeviceEventRecord::kind)
                    .doesNotContain(KeyDeviceEventKind.RESTORED);

            f.inTransaction(s -> s.get(KeyDeviceService.class).handOver(w.manager(), device, w.holder()));
            assertThat(execute(f, w.operator(), id).state()).isEqualTo(RaRequestState.COMPLETED);
            assertThat(history(f, w.manager(), device)).extracting(KeyDeviceEventRecord::kind).containsExactly(
                    KeyDeviceEventKind.REGISTERED, KeyDeviceEventKind.HANDED_OVER, KeyDeviceEventKind.RETURNED,
                    KeyDeviceEventKind.HANDED_OVER, KeyDeviceEventKind.RESTORED);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void submit_draftWhoseDeviceMoved_conflictAndStaysDraft(DatabaseKind kind) {
        try (ServiceFixture f = ServiceFixture.start(kind, home)) {
            World w = world(f);
            long device = register(f, w.manager(), w.holder(), "TK-SL-0006");
            long id = file(f, w.manager(), restore(w.holder(), device, false)).id();
            f.inTransaction(s -> s.get(KeyDeviceService.class).handOver(w.manager(), device, w.peer()));

            assertRefused(Category.CONFLICT, () -> f.inTransaction(s -> s.get(RequestFiling.class)
                    .submit(w.manager(), id, null, null)));
            assertThat(state(f, id)).isEqualTo(RaRequestState.DRAFT);
        }
    }

    // ---- helpers

    private static World world(ServiceFixture f) {
        return f.inTransaction(s -> {
            EntityManager em = s.em();
            Instant now = f.context().clock().instant();
            long sonLa = new ProvinceRepository(em).byCode("14").orElseThrow().id();
            long haNoi = new ProvinceRepository(em).byCode("01").orElseThrow().id();
            AgencyRepository agencies = new AgencyRepository(em);
            AgencyRecord agency = agencies.save(AgencyRecord.root(sonLa, AgencyDetails.named("Sở Y tế tỉnh Sơn La"),
                    now));
            AgencyRecord haNoiAgency = agencies.save(AgencyRecord.root(haNoi, AgencyDetails.named("Sở Y tế Hà Nội"),
                    now));
            return new World(individual(em, agency, "Lò Văn Dũng", "014190000001", now),
                    individual(em, agency, "Tòng Thị Mai", "014190000002", now),
                    individual(em, haNoiAgency, "Nguyễn Văn Tú", "001190000003", now),
                    new Principal(admin(em, "quanly.sonla", AdministratorRole.SUBSCRIBER_MANAGER, now), "quanly.sonla",
                            Role.SUBSCRIBER_MANAGER, "password", RaScope.province(sonLa)),
                    new Principal(admin(em, "quanly.hanoi", AdministratorRole.SUBSCRIBER_MANAGER, now), "quanly.hanoi",
                            Role.SUBSCRIBER_MANAGER, "password", RaScope.province(haNoi)),
                    new Principal(admin(em, "vanhanh1", AdministratorRole.CA_OPERATOR, now), "vanhanh1",
                            Role.CA_OPERATOR, "password"));
        });
    }

    private static long individual(EntityManager em, AgencyRecord agency, String name, String cccd, Instant at) {
        IndividualDetails person = new IndividualDetails(name, LocalDate.of(1985, 5, 17), IdentityDocumentType.CCCD,
                cccd, LocalDate.of(2021, 3, 1), "Cục Cảnh sát QLHC về TTXH", "Chuyên viên", "0912345678",
                "canbo@sonla.gov.vn");
        return new SubscriberRepository(em).save(SubscriberRecord.individual(agency, person, "test", at)).id();
    }

    private static long admin(EntityManager em, String username, AdministratorRole role, Instant at) {
        return new AdministratorRepository(em).add(AdministratorRecord.enrol(username, username, role, "h", null, at))
                .id();
    }

    private static long register(ServiceFixture f, Principal who, long subscriber, String serial) {
        return f.inTransaction(s -> s.get(KeyDeviceService.class).register(who, subscriber, KeyDeviceKind.USB_TOKEN,
                serial)).id();
    }

    private static FileRequest restore(long subscriber, Long device, boolean submit) {
        return new FileRequest(RaRequestType.TOKEN_RESTORE, subscriber, null, null, null, null, null, null, "Văn thư",
                NOTE, submit, false, device);
    }

    private static RaRequestRecord file(ServiceFixture f, Principal who, FileRequest cmd) {
        return f.inTransaction(s -> s.get(RequestFiling.class).file(who, cmd));
    }

    private static RaRequestRecord execute(ServiceFixture f, Principal who, long id) {
        return f.inTransaction(s -> s.get(RequestReview.class).execute(who, id));
    }

    private static List<KeyDeviceEventRecord> history(ServiceFixture f, Principal who, long device) {
        return f.inTransaction(s -> s.get(KeyDeviceService.class).history(who, device));
    }

    private static RaRequestState state(ServiceFixture f, long id) {
        return f.inTransaction(s -> new RaRequestRepository(s.em()).byId(id).orElseThrow().state());
    }

    private static List<String> auditActions(ServiceFixture f, String target) {
        return f.inTransaction(s -> s.em().createQuery("SELECT a.action FROM AuditEventRecord a WHERE a.target = :t"
                + " ORDER BY a.seq", String.class).setParameter("t", target).getResultList());
    }

    private static GovCaException assertRefused(Category category, Runnable action) {
        GovCaException[] caught = new GovCaException[1];
        assertThatThrownBy(action::run).isInstanceOfSatisfying(GovCaException.class, e -> {
            assertThat(e.category()).as(e.getMessage()).isEqualTo(category);
            caught[0] = e;
        });
        return caught[0];
    }
}
