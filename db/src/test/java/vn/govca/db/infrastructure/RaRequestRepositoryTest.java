package vn.govca.db.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.db.domain.AdministratorRole;
import vn.govca.db.domain.AgencyRecord;
import vn.govca.db.domain.RaRequestApprovalRecord;
import vn.govca.db.domain.RaRequestRecord;
import vn.govca.db.domain.RaRequestState;
import vn.govca.db.domain.RaRequestTransitionRecord;
import vn.govca.db.domain.RaRequestType;
import vn.govca.db.domain.RaScope;
import vn.govca.db.domain.RecordStateException;
import vn.govca.db.domain.SubscriberRecord;
import vn.govca.db.testkit.DatabaseFixture;
import vn.govca.db.testkit.DatabaseKind;

class RaRequestRepositoryTest {

    private static final byte[] CSR = {0x30, 0x03, 0x02, 0x01, 0x00};

    /** Subscribers in Sơn La and Hà Nội, a manager who files and two operators. */
    private record World(SubscriberRecord sonLa, SubscriberRecord haNoi, long manager, long operator1, long operator2,
                         AgencyRecord sonLaAgency) {
    }

    private static World world(DatabaseFixture db) {
        return db.inTransaction(em -> {
            AgencyRecord sonLa = RaSamples.rootAgency(em, "14", "UBND tỉnh Sơn La");
            AgencyRecord haNoi = RaSamples.rootAgency(em, "01", "UBND Thành phố Hà Nội");
            return new World(RaSamples.individual(em, sonLa, "Phạm Văn A", "014190000001"),
                    RaSamples.individual(em, haNoi, "Nguyễn Văn B", "001190000001"),
                    RaSamples.administrator(em, "manager", AdministratorRole.SUBSCRIBER_MANAGER),
                    RaSamples.administrator(em, "op1", AdministratorRole.CA_OPERATOR),
                    RaSamples.administrator(em, "op2", AdministratorRole.CA_OPERATOR), sonLa);
        });
    }

    /** Files a request as the manager and returns its id. */
    private static long file(DatabaseFixture db, World w, SubscriberRecord subscriber, RaRequestType type, int approvals) {
        return db.inTransaction(em -> {
            RaRequestRepository repo = new RaRequestRepository(em);
            RaRequestRecord r = repo.save(RaRequestRecord.draft(type, subscriber, w.manager(), approvals, Samples.T0));
            repo.addTransition(r.filing("manager", "Hồ sơ mới"));
            return r.id();
        });
    }

    private static void move(DatabaseFixture db, long id, RaRequestState next, long actor, int second) {
        db.runInTransaction(em -> {
            RaRequestRepository repo = new RaRequestRepository(em);
            RaRequestRecord r = repo.byIdForUpdate(id).orElseThrow();
            repo.addTransition(r.moveTo(next, actor, "actor-" + actor, null, Samples.T0.plusSeconds(second)));
        });
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void workflow_submitApproveTwiceComplete_recordsHistoryApprovalsAndKeyPackage(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            World w = world(db);
            long certId = db.inTransaction(em -> new CertificateRepository(em)
                    .reserve(Samples.reservation(Samples.addActiveCa(em, "ca-1"), "0a", "pham van a")).id());
            long id = file(db, w, w.sonLa(), RaRequestType.NEW_ISSUANCE, 2);
            db.runInTransaction(em -> {
                RaRequestRecord r = new RaRequestRepository(em).byId(id).orElseThrow();
                r.describeIssuance("ca-1", "personal", 1095, Samples.T0);
                r.chooseServerKeyGeneration(Samples.T0);
                r.deliverTo(null, "Phạm Văn A", Samples.T0);
            });
            move(db, id, RaRequestState.SUBMITTED, w.manager(), 10);
            db.runInTransaction(em -> new RaRequestRepository(em).byId(id).orElseThrow()
                    .assignDueDate(LocalDate.of(2026, 4, 2)));
            for (long op : new long[] {w.operator1(), w.operator2()}) {
                db.runInTransaction(em -> {
                    RaRequestRepository repo = new RaRequestRepository(em);
                    repo.addApproval(repo.byIdForUpdate(id).orElseThrow().approve(op, "Đồng ý", Samples.T0.plusSeconds(20)));
                });
            }
            move(db, id, RaRequestState.APPROVED, w.operator2(), 30);
            db.runInTransaction(em -> {
                RaRequestRecord r = new RaRequestRepository(em).byIdForUpdate(id).orElseThrow();
                r.attachIssuedCertificate(certId, Samples.T0.plusSeconds(31));
                r.storeKeyPackage(new byte[] {1, 2, 3}, Samples.T0.plusSeconds(31));
            });
            move(db, id, RaRequestState.COMPLETED, w.operator2(), 32);
            byte[] pkcs12 = db.inTransaction(em ->
                    new RaRequestRepository(em).byId(id).orElseThrow().takeKeyPackage(Samples.T0.plusSeconds(40)));

            RaRequestRecord done = db.inTransaction(em -> new RaRequestRepository(em).byId(id).orElseThrow());
            List<RaRequestTransitionRecord> history = db.inTransaction(em -> new RaRequestRepository(em).transitions(id));
            List<RaRequestApprovalRecord> approvals = db.inTransaction(em -> new RaRequestRepository(em).approvals(id));

            assertThat(pkcs12).containsExactly(1, 2, 3);
            assertThat(done.state()).isEqualTo(RaRequestState.COMPLETED);
            assertThat(done.hasKeyPackage()).isFalse();
            assertThat(done.keyPackageFetchedAt()).isEqualTo(Samples.T0.plusSeconds(40));
            assertThat(done.completeAt()).isEqualTo(Samples.T0.plusSeconds(10));
            assertThat(done.closedAt()).isEqualTo(Samples.T0.plusSeconds(32));
            assertThat(done.dueOn()).isEqualTo(LocalDate.of(2026, 4, 2));
            assertThat(done.issuedCertificateId()).isEqualTo(certId);
            assertThat(done.approvalCount()).isEqualTo(2);
            assertThat(done.provinceId()).isEqualTo(w.sonLa().provinceId());
            assertThat(done.profileName()).isEqualTo("personal");
            assertThat(done.recipient()).isEqualTo("Phạm Văn A");
            assertThat(history).extracting(RaRequestTransitionRecord::toState).containsExactly(RaRequestState.DRAFT,
                    RaRequestState.SUBMITTED, RaRequestState.APPROVED, RaRequestState.COMPLETED);
            assertThat(history.get(0).fromState()).isNull();
            assertThat(history.get(0).comment()).isEqualTo("Hồ sơ mới");
            assertThat(approvals).extracting(RaRequestApprovalRecord::approverId)
                    .containsExactly(w.operator1(), w.operator2());
            assertThatThrownBy(() -> db.runInTransaction(em ->
                    new RaRequestRepository(em).byId(id).orElseThrow().takeKeyPackage(Samples.T0.plusSeconds(50))))
                    .isInstanceOf(RecordStateException.class);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void approve_twiceBySameOperatorOrByFiler_isRefused(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            World w = world(db);
            long id = file(db, w, w.sonLa(), RaRequestType.REVOCATION, 2);
            db.runInTransaction(em -> {
                RaRequestRecord r = new RaRequestRepository(em).byId(id).orElseThrow();
                r.describeRevocation("keyCompromise", "TOKEN_LOST", Samples.T0);
                r.attachCsr(CSR, Samples.T0);
            });
            move(db, id, RaRequestState.SUBMITTED, w.manager(), 1);
            db.runInTransaction(em -> {
                RaRequestRepository repo = new RaRequestRepository(em);
                repo.addApproval(repo.byIdForUpdate(id).orElseThrow().approve(w.operator1(), null, Samples.T0));
            });

            assertThatThrownBy(() -> db.runInTransaction(em -> {
                RaRequestRepository repo = new RaRequestRepository(em);
                repo.addApproval(repo.byIdForUpdate(id).orElseThrow().approve(w.operator1(), null, Samples.T0));
            })).isInstanceOf(DuplicateKeyException.class);
            assertThatThrownBy(() -> db.runInTransaction(em ->
                    new RaRequestRepository(em).byIdForUpdate(id).orElseThrow().approve(w.manager(), null, Samples.T0)))
                    .isInstanceOf(RecordStateException.class);
            assertThatThrownBy(() -> move(db, id, RaRequestState.APPROVED, w.operator1(), 2))
                    .isInstanceOf(RecordStateException.class);
            RaRequestRecord r = db.inTransaction(em -> new RaRequestRepository(em).byId(id).orElseThrow());
            assertThat(r.approvalCount()).isEqualTo(1);
            assertThat(r.state()).isEqualTo(RaRequestState.SUBMITTED);
            assertThat(r.revocationReason()).isEqualTo("keyCompromise");
            assertThat(r.csr()).isEqualTo(CSR);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void page_provinceScopeAndFilters_neverReturnOtherProvinces(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            World w = world(db);
            List<Long> sonLaIds = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                sonLaIds.add(file(db, w, w.sonLa(), i < 3 ? RaRequestType.NEW_ISSUANCE : RaRequestType.RENEWAL, 1));
                file(db, w, w.haNoi(), RaRequestType.NEW_ISSUANCE, 1);
            }
            move(db, sonLaIds.get(0), RaRequestState.SUBMITTED, w.manager(), 1);
            RaScope sonLa = RaScope.province(w.sonLa().provinceId());

            List<Long> seen = new ArrayList<>();
            OptionalLong cursor = OptionalLong.empty();
            do {
                OptionalLong after = cursor;
                RecordPage<RaRequestRecord> page = db.inTransaction(em ->
                        new RaRequestRepository(em).page(RaRequestFilter.within(sonLa), after, 2));
                page.items().forEach(r -> seen.add(r.id()));
                cursor = page.nextCursor();
            } while (cursor.isPresent());

            List<Long> newestFirst = new ArrayList<>(sonLaIds);
            java.util.Collections.reverse(newestFirst);
            assertThat(seen).containsExactlyElementsOf(newestFirst);
            assertThat(page(db, RaRequestFilter.within(sonLa).ofType(RaRequestType.RENEWAL))).hasSize(2);
            assertThat(page(db, RaRequestFilter.within(sonLa).inState(RaRequestState.SUBMITTED)))
                    .extracting(RaRequestRecord::id).containsExactly(sonLaIds.get(0));
            assertThat(page(db, RaRequestFilter.within(RaScope.agencyTree(w.sonLaAgency())))).hasSize(5);
            assertThat(page(db, RaRequestFilter.within(RaScope.everywhere()).filedBy(w.manager()))).hasSize(10);
            assertThat(page(db, RaRequestFilter.within(sonLa).forSubscriber(w.haNoi().id()))).isEmpty();
            long haNoiRequest = file(db, w, w.haNoi(), RaRequestType.REVOCATION, 1);
            Optional<RaRequestRecord> crossProvince = db.inTransaction(em ->
                    new RaRequestRepository(em).byIdInScope(haNoiRequest, sonLa));
            assertThat(crossProvince).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void countsAndOverdue_perScope_countOnlyThatScope(DatabaseKind kind) {
        try (DatabaseFixture db = DatabaseFixture.migrated(kind)) {
            World w = world(db);
            long late = file(db, w, w.sonLa(), RaRequestType.NEW_ISSUANCE, 1);
            long onTime = file(db, w, w.sonLa(), RaRequestType.NEW_ISSUANCE, 1);
            long cancelled = file(db, w, w.sonLa(), RaRequestType.NEW_ISSUANCE, 1);
            long haNoiLate = file(db, w, w.haNoi(), RaRequestType.NEW_ISSUANCE, 1);
            for (long id : new long[] {late, onTime, cancelled, haNoiLate}) {
                move(db, id, RaRequestState.SUBMITTED, w.manager(), 1);
                LocalDate due = id == onTime ? LocalDate.of(2026, 4, 10) : LocalDate.of(2026, 4, 1);
                db.runInTransaction(em -> new RaRequestRepository(em).byId(id).orElseThrow().assignDueDate(due));
            }
            move(db, cancelled, RaRequestState.CANCELLED, w.manager(), 2);
            RaScope sonLa = RaScope.province(w.sonLa().provinceId());
            LocalDate today = LocalDate.of(2026, 4, 3);

            Map<RaRequestState, Long> states = db.inTransaction(em -> new RaRequestRepository(em).countsByState(sonLa));
            List<RaRequestRepository.RequestCount> cells = db.inTransaction(em ->
                    new RaRequestRepository(em).countsByTypeAndState(RaScope.everywhere()));
            long overdue = db.inTransaction(em -> new RaRequestRepository(em).countOverdue(sonLa, today));
            long overdueEverywhere = db.inTransaction(em ->
                    new RaRequestRepository(em).countOverdue(RaScope.everywhere(), today));

            assertThat(states).containsEntry(RaRequestState.SUBMITTED, 2L).containsEntry(RaRequestState.CANCELLED, 1L)
                    .containsEntry(RaRequestState.DRAFT, 0L).hasSize(RaRequestState.values().length);
            assertThat(cells).containsExactlyInAnyOrder(
                    new RaRequestRepository.RequestCount(RaRequestType.NEW_ISSUANCE, RaRequestState.SUBMITTED, 3),
                    new RaRequestRepository.RequestCount(RaRequestType.NEW_ISSUANCE, RaRequestState.CANCELLED, 1));
            assertThat(overdue).isEqualTo(1);
            assertThat(overdueEverywhere).isEqualTo(2);
            assertThat(page(db, RaRequestFilter.within(sonLa).overdueOn(today))).extracting(RaRequestRecord::id)
                    .containsExactly(late);
        }
    }

    private static List<RaRequestRecord> page(DatabaseFixture db, RaRequestFilter filter) {
        return db.inTransaction(em -> new RaRequestRepository(em).page(filter, OptionalLong.empty(), 100).items());
    }
}
