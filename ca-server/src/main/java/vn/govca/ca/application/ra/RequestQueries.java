package vn.govca.ca.application.ra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.ra.RaAction;
import vn.govca.ca.domain.ra.RaPolicy;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.domain.CertificateStatus;
import vn.govca.db.domain.RaRequestApprovalRecord;
import vn.govca.db.domain.RaRequestRecord;
import vn.govca.db.domain.RaRequestState;
import vn.govca.db.domain.RaRequestTransitionRecord;
import vn.govca.db.domain.RaRequestType;
import vn.govca.db.domain.RaScope;
import vn.govca.db.infrastructure.AgencyRepository;
import vn.govca.db.infrastructure.CertificateRepository;
import vn.govca.db.infrastructure.RaRequestFilter;
import vn.govca.db.infrastructure.RaRequestRepository;
import vn.govca.db.infrastructure.RecordPage;

/**
 * What the RA shows: request lists and details with their history, and the dashboard counts — all
 * within the caller's scope, answered by indexed GROUP BY and keyset queries so that a scope with
 * 100,000 certificates and 20,000 requests stays fast (issue 4 "Performance").
 */
@ApplicationScoped
public class RequestQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    RaRecords records;

    @Inject
    ServerContext context;

    /** A request with its history and approvals. */
    public record Detail(RaRequestRecord request, List<RaRequestTransitionRecord> history,
                         List<RaRequestApprovalRecord> approvals, boolean overdue) {
    }

    /**
     * Dashboard figures for the caller's scope.
     *
     * @param topAgencies the agencies managing the most active certificates, most first (at most
     *                    {@value #TOP_AGENCIES})
     */
    public record Dashboard(Map<RaRequestState, Long> requestsByState, List<RaRequestRepository.RequestCount> requests,
                            long overdue, List<CertificateRepository.CertificateTally> certificates,
                            List<CertificateRepository.CertificateTally> expiring30,
                            List<CertificateRepository.CertificateTally> expiring60,
                            List<CertificateRepository.CertificateTally> expiring90,
                            List<AgencyCount> topAgencies) {
    }

    /** Active RA certificates managed by one agency. */
    public record AgencyCount(long agencyId, String name, long active) {
    }

    /** How many agencies the dashboard names; the rest of a province shows in its total. */
    public static final int TOP_AGENCIES = 10;

    public RecordPage<RaRequestRecord> page(Principal who, RaRequestState state, RaRequestType type,
                                            boolean overdueOnly, boolean mine, OptionalLong after, int limit) {
        RaPolicy.require(who, RaAction.VIEW);
        RaRequestFilter f = RaRequestFilter.within(who.requireScope());
        if (state != null) {
            f = f.inState(state);
        }
        if (type != null) {
            f = f.ofType(type);
        }
        if (overdueOnly) {
            f = f.overdueOn(today());
        }
        if (mine) {
            f = f.filedBy(who.id());
        }
        return new RaRequestRepository(em).page(f, after, Math.max(1, Math.min(limit, RaRequestRepository.MAX_PAGE_SIZE)));
    }

    public Detail detail(Principal who, long id) {
        RaPolicy.require(who, RaAction.VIEW);
        RaRequestRecord r = records.request(who, id);
        RaRequestRepository repo = new RaRequestRepository(em);
        return new Detail(r, repo.transitions(id), repo.approvals(id),
                vn.govca.ca.domain.ra.DeadlinePolicy.overdue(r.state(), r.dueOn(), today()));
    }

    /** The PEM of the certificate a completed request issued (in the caller's scope). */
    public String issuedCertificatePem(Principal who, long requestId) {
        RaPolicy.require(who, RaAction.VIEW);
        RaRequestRecord r = records.request(who, requestId);
        if (r.issuedCertificateId() == null) {
            throw vn.govca.pki.domain.GovCaException.notFound("request #" + requestId + " has issued no certificate"
                    + " (it is " + r.state() + ")");
        }
        return vn.govca.pki.domain.cert.Pem.encode(vn.govca.pki.domain.cert.Pem.CERTIFICATE,
                records.certificate(who, r.issuedCertificateId()).der());
    }

    public Dashboard dashboard(Principal who) {
        RaPolicy.require(who, RaAction.VIEW);
        RaScope scope = who.requireScope();
        RaRequestRepository requests = new RaRequestRepository(em);
        CertificateRepository certs = new CertificateRepository(em);
        Instant now = context.clock().instant();
        return new Dashboard(requests.countsByState(scope), requests.countsByTypeAndState(scope),
                requests.countOverdue(scope, today()), certs.countByProvinceTypeAndStatus(scope),
                certs.countActiveExpiringBetween(scope, now, now.plus(Duration.ofDays(30))),
                certs.countActiveExpiringBetween(scope, now, now.plus(Duration.ofDays(60))),
                certs.countActiveExpiringBetween(scope, now, now.plus(Duration.ofDays(90))),
                topAgencies(certs.countByAgencyAndStatus(scope)));
    }

    /** The agencies with the most active certificates, named by one query for all of them. */
    private List<AgencyCount> topAgencies(List<CertificateRepository.AgencyTally> tallies) {
        List<CertificateRepository.AgencyTally> top = tallies.stream()
                .filter(t -> t.status() == CertificateStatus.ACTIVE)
                .sorted(Comparator.comparingLong(CertificateRepository.AgencyTally::count).reversed()
                        .thenComparingLong(CertificateRepository.AgencyTally::agencyId))
                .limit(TOP_AGENCIES)
                .toList();
        Map<Long, String> names = new AgencyRepository(em)
                .namesById(top.stream().map(CertificateRepository.AgencyTally::agencyId).toList());
        return top.stream()
                .map(t -> new AgencyCount(t.agencyId(), names.getOrDefault(t.agencyId(), "#" + t.agencyId()),
                        t.count()))
                .toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(context.clock().instant(), RequestFiling.VIETNAM);
    }
}
