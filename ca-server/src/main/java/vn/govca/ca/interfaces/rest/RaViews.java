package vn.govca.ca.interfaces.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.govca.ca.application.ra.RequestQueries;
import vn.govca.db.domain.AdministratorRecord;
import vn.govca.db.domain.AgencyRecord;
import vn.govca.db.domain.KeyDeviceEventRecord;
import vn.govca.db.domain.KeyDeviceRecord;
import vn.govca.db.domain.ProvinceRecord;
import vn.govca.db.domain.RaRequestApprovalRecord;
import vn.govca.db.domain.RaRequestRecord;
import vn.govca.db.domain.RaRequestTransitionRecord;
import vn.govca.db.domain.SubscriberRecord;
import vn.govca.db.infrastructure.CertificateRepository;
import vn.govca.db.infrastructure.RaRequestRepository;

/** The JSON shapes of the registration authority's REST API (issue 4; docs/api.md). */
public final class RaViews {

    private RaViews() {
    }

    public record ProvinceView(long id, String code, String name, String kind, boolean active) {
        public static ProvinceView of(ProvinceRecord p) {
            return new ProvinceView(p.id(), p.code(), p.name(), p.kind().name(), p.active());
        }
    }

    public record AgencyView(long id, Long provinceId, Long parentId, String name, String taxCode, String budgetCode,
                      String address, String email, String path) {
        public static AgencyView of(AgencyRecord a) {
            return new AgencyView(a.id(), a.provinceId(), a.parentId(), a.name(), a.taxCode(), a.budgetCode(),
                    a.address(), a.email(), a.path());
        }
    }

    public record SubscriberView(long id, String kind, long agencyId, Long provinceId, String name, String idType,
                          String idNumber, String taxCode, String email, List<String> hostNames, String createdBy) {
        public static SubscriberView of(SubscriberRecord s) {
            return new SubscriberView(s.id(), s.kind().name(), s.agencyId(), s.provinceId(), s.displayName(),
                    s.idType() == null ? null : s.idType().name(), s.idNumber(), s.taxCode(), s.email(),
                    s.hostNames(), s.createdBy());
        }
    }

    public record TransitionView(String from, String to, String at, String by, String comment) {
        public static TransitionView of(RaRequestTransitionRecord t) {
            return new TransitionView(t.fromState() == null ? null : t.fromState().name(), t.toState().name(),
                    t.occurredAt().toString(), t.actorName(), t.comment());
        }
    }

    public record ApprovalView(long approverId, String at, String comment) {
        public static ApprovalView of(RaRequestApprovalRecord a) {
            return new ApprovalView(a.approverId(), a.approvedAt().toString(), a.comment());
        }
    }

    public record RequestView(long id, String type, String state, long subscriberId, long agencyId, Long provinceId,
                       String caName, String profile, Long targetCertificateId, Long issuedCertificateId,
                       String revocationReason, String decreeReason, Long keyDeviceId, Integer validityDays,
                       String recipient,
                       int requiredApprovals, int approvals, long filedBy, String filedAt, LocalDate dueOn,
                       Boolean overdue, String note, List<TransitionView> history, List<ApprovalView> approvalList) {
        public static RequestView of(RaRequestRecord r) {
            return of(r, null, null, null);
        }

        public static RequestView of(RequestQueries.Detail d) {
            return of(d.request(), d.overdue(), d.history().stream().map(TransitionView::of).toList(),
                    d.approvals().stream().map(ApprovalView::of).toList());
        }

        private static RequestView of(RaRequestRecord r, Boolean overdue, List<TransitionView> history,
                                      List<ApprovalView> approvals) {
            return new RequestView(r.id(), r.type().name(), r.state().name(), r.subscriberId(), r.agencyId(),
                    r.provinceId(), r.caName(), r.profileName(), r.targetCertificateId(), r.issuedCertificateId(),
                    r.revocationReason(), r.decreeReason(), r.keyDeviceId(), r.validityDays(), r.recipient(),
                    r.requiredApprovals(),
                    r.approvalCount(), r.filedBy(), r.filedAt().toString(), r.dueOn(), overdue, r.note(), history,
                    approvals);
        }
    }

    public record PageView<T>(List<T> items, Long next) {
    }

    public record Tally(Long provinceId, String type, String status, long count) {
        public static Tally of(CertificateRepository.CertificateTally t) {
            return new Tally(t.provinceId(), t.certType() == null ? null : t.certType().name(),
                    t.status() == null ? null : t.status().name(), t.count());
        }
    }

    public record RequestTally(String type, String state, long count) {
        public static RequestTally of(RaRequestRepository.RequestCount c) {
            return new RequestTally(c.type().name(), c.state().name(), c.count());
        }
    }

    public record AgencyActive(long agencyId, String name, long active) {
    }

    public record DashboardView(Map<String, Long> requestsByState, List<RequestTally> requests, long overdue,
                         List<Tally> certificates, List<Tally> expiring30, List<Tally> expiring60,
                         List<Tally> expiring90, List<AgencyActive> topAgencies) {
        public static DashboardView of(RequestQueries.Dashboard d) {
            Map<String, Long> byState = new java.util.TreeMap<>();
            d.requestsByState().forEach((k, v) -> byState.put(k.name(), v));
            return new DashboardView(byState, d.requests().stream().map(RequestTally::of).toList(), d.overdue(),
                    d.certificates().stream().map(Tally::of).toList(), d.expiring30().stream().map(Tally::of).toList(),
                    d.expiring60().stream().map(Tally::of).toList(), d.expiring90().stream().map(Tally::of).toList(),
                    d.topAgencies().stream().map(a -> new AgencyActive(a.agencyId(), a.name(), a.active())).toList());
        }
    }

    /** @param lockedUntil end of the lockout after repeated wrong passwords, if one was ever set; null otherwise */
    public record UserView(long id, String username, String displayName, String role, Long scopeProvinceId,
                    Long scopeAgencyId, boolean enabled, String lockedUntil) {
        public static UserView of(AdministratorRecord a) {
            return new UserView(a.id(), a.username(), a.displayName(), a.role().name(), a.scopeProvinceId(),
                    a.scopeAgencyId(), a.enabled(), a.lockedUntil() == null ? null : a.lockedUntil().toString());
        }
    }

    /** @param holderSubscriberId null (absent in JSON) while the agency holds the device */
    public record KeyDeviceView(long id, String kind, String serialNumber, long agencyId, Long holderSubscriberId,
                                String createdAt) {
        public static KeyDeviceView of(KeyDeviceRecord d) {
            return new KeyDeviceView(d.id(), d.kind().name(), d.serialNumber(), d.agencyId(), d.holderSubscriberId(),
                    d.createdAt().toString());
        }
    }

    /**
     * One step of a key storage device's history.
     *
     * @param subscriberId the subscriber concerned: the holder after REGISTERED, HANDED_OVER and RESTORED, the
     *                     one who gave it back for RETURNED
     * @param requestId    the TOKEN_RESTORE request of a RESTORED event; absent otherwise
     */
    public record KeyDeviceEventView(long id, long keyDeviceId, String kind, Long subscriberId, Long requestId,
                                     String actor, String at, String note) {
        public static KeyDeviceEventView of(KeyDeviceEventRecord e) {
            return new KeyDeviceEventView(e.id(), e.keyDeviceId(), e.kind().name(), e.subscriberId(), e.raRequestId(),
                    e.actor(), e.occurredAt().toString(), e.note());
        }
    }
}
