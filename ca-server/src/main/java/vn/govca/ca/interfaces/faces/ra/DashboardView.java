package vn.govca.ca.interfaces.faces.ra;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.govca.ca.application.ra.AgencyService;
import vn.govca.ca.application.ra.RequestQueries;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.interfaces.faces.RaSession;
import vn.govca.db.domain.CertificateStatus;
import vn.govca.db.domain.ProvinceRecord;
import vn.govca.db.domain.RaRequestState;
import vn.govca.db.infrastructure.CertificateRepository.CertificateTally;
import vn.govca.db.infrastructure.RaRequestRepository.RequestCount;
import vn.govca.pki.domain.GovCaException;

/**
 * The dashboard ({@code dashboard.xhtml}): for the reader's scope, active, expiring (30/60/90 days),
 * revoked and suspended certificates, pending and overdue requests, and bar charts by request state,
 * request type, certificate type and province — all from {@link RequestQueries#dashboard}, whose
 * grouped counts are indexed queries (issue 4 "Performance").
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<RaRequestState> PENDING = EnumSet.of(RaRequestState.SUBMITTED,
            RaRequestState.INFO_REQUESTED, RaRequestState.APPROVED);

    @Inject
    RequestQueries queries;

    @Inject
    AgencyService agencies;

    @Inject
    RaSession session;

    private final Map<String, Long> tiles = new LinkedHashMap<>();
    private List<Bar> byState = List.of();
    private List<Bar> byRequestType = List.of();
    private List<Bar> byCertificateType = List.of();
    private List<Bar> byProvince = List.of();
    private List<Bar> byAgency = List.of();

    /** View action: reads the figures once per page view. */
    public void load() {
        try {
            Principal who = session.requirePrincipal();
            RequestQueries.Dashboard d = queries.dashboard(who);
            List<CertificateTally> certs = d.certificates();
            tiles.put("dash.active", sum(certs, CertificateStatus.ACTIVE));
            tiles.put("dash.expiring30", total(d.expiring30()));
            tiles.put("dash.expiring60", total(d.expiring60()));
            tiles.put("dash.expiring90", total(d.expiring90()));
            tiles.put("dash.revoked", sum(certs, CertificateStatus.REVOKED));
            tiles.put("dash.suspended", sum(certs, CertificateStatus.ON_HOLD));
            tiles.put("dash.pending", d.requestsByState().entrySet().stream().filter(e -> PENDING.contains(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum());
            tiles.put("dash.overdue", d.overdue());
            Map<String, Long> states = new LinkedHashMap<>();
            for (RaRequestState s : RaRequestState.values()) {
                states.put(s.name(), d.requestsByState().getOrDefault(s, 0L));
            }
            byState = Bar.of(states, "state.");
            byRequestType = Bar.of(d.requests().stream().collect(Collectors.groupingBy(c -> c.type().name(),
                    LinkedHashMap::new, Collectors.summingLong(RequestCount::count))), "type.");
            byCertificateType = Bar.of(active(certs, t -> t.certType() == null ? "OTHER"
                    : t.certType().name()), "kind.");
            Map<Long, String> provinceNames = agencies.provinces(who).stream()
                    .collect(Collectors.toMap(ProvinceRecord::id, ProvinceRecord::name));
            byProvince = Bar.of(active(certs, t -> t.provinceId() == null ? WorkflowMessages.text("dash.central")
                    : provinceNames.getOrDefault(t.provinceId(), "#" + t.provinceId())), null);
            Map<String, Long> agencyCounts = new LinkedHashMap<>();
            d.topAgencies().forEach(a -> agencyCounts.merge(a.name(), a.active(), Long::sum));
            byAgency = Bar.of(agencyCounts, null);
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
        }
    }

    private static long sum(List<CertificateTally> tallies, CertificateStatus status) {
        return tallies.stream().filter(t -> t.status() == status).mapToLong(CertificateTally::count).sum();
    }

    private static long total(List<CertificateTally> tallies) {
        return tallies.stream().mapToLong(CertificateTally::count).sum();
    }

    private static Map<String, Long> active(List<CertificateTally> tallies, Function<CertificateTally, String> label) {
        return tallies.stream().filter(t -> t.status() == CertificateStatus.ACTIVE)
                .collect(Collectors.groupingBy(label, LinkedHashMap::new, Collectors.summingLong(CertificateTally::count)));
    }

    /** Tiles as (bundle key, count), in display order. */
    public List<Map.Entry<String, Long>> getTiles() {
        return List.copyOf(tiles.entrySet());
    }

    public List<Bar> getByState() {
        return byState;
    }

    public List<Bar> getByRequestType() {
        return byRequestType;
    }

    public List<Bar> getByCertificateType() {
        return byCertificateType;
    }

    public List<Bar> getByProvince() {
        return byProvince;
    }

    /** The agencies managing the most active certificates (RequestQueries.TOP_AGENCIES). */
    public List<Bar> getByAgency() {
        return byAgency;
    }
}
