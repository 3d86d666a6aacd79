package vn.govca.ca.application.ra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.ca.application.ra.csvimport.ImportColumn;
import vn.govca.ca.application.ra.csvimport.ImportLimits;
import vn.govca.ca.application.ra.csvimport.ImportReport;
import vn.govca.ca.application.ra.csvimport.ImportRow;
import vn.govca.ca.application.ra.csvimport.RowCheck;
import vn.govca.ca.application.ra.csvimport.SubscriberCsvReader;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.ra.RaAction;
import vn.govca.ca.domain.ra.RaPolicy;
import vn.govca.ca.domain.subscriber.IndividualDetails;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.audit.AuditOutcome;
import vn.govca.db.domain.AgencyRecord;
import vn.govca.db.domain.IdentityDocumentType;
import vn.govca.db.domain.RaRequestType;
import vn.govca.db.domain.SubscriberRecord;
import vn.govca.db.infrastructure.AgencyRepository;
import vn.govca.db.infrastructure.SubscriberRepository;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.profile.CertificateProfile;

/**
 * Bulk import of subscribers with their new-issuance requests from a CSV file (issue 4 "Bulk
 * import"): every row is validated — fields, the agency inside the caller's scope and in an active
 * province ({@link ActiveProvinces}), the profile, an identity document not yet registered in that
 * agency — and only a file without a single bad row is stored, in one transaction (nothing
 * half-imported). The requests are drafts waiting for their CSRs (keys are generated on the
 * subscribers' tokens).
 */
@ApplicationScoped
public class ImportService {

    public static final String IMPORTED = "RA_IMPORT";

    @PersistenceContext
    EntityManager em;

    @Inject
    RaRecords records;

    @Inject
    RequestFiling filing;

    @Inject
    SubscriberService subscribers;

    /**
     * Rows written between two clears of the persistence context. Each query of a row (the
     * subscriber's scope check, the chain head) makes EclipseLink compare every managed entity
     * for changes first; with 10,000 rows in one context that grew quadratically (over 60 s).
     * Entities here refer to each other by id, so nothing held across a clear is needed managed.
     */
    static final int FLUSH_EVERY = 200;

    @Inject
    AuditTrail audit;

    @Inject
    ServerContext context;

    /** The outcome: the report (with errors when refused) and, when stored, how many of each. */
    public record Outcome(ImportReport report, int subscribers, int requests) {
        public boolean accepted() {
            return report.accepted();
        }
    }

    @Transactional
    public Outcome importCsv(Principal who, InputStream csv) {
        RaPolicy.require(who, RaAction.IMPORT);
        RaPolicy.require(who, RaAction.MANAGE_SUBSCRIBERS);
        LocalDate today = LocalDate.ofInstant(context.clock().instant(), RequestFiling.VIETNAM);
        Map<String, Optional<AgencyRecord>> agencies = new HashMap<>();
        ActiveProvinces provinces = new ActiveProvinces(em);
        ImportReport report;
        try {
            ImportLimits limits = new ImportLimits(ImportLimits.DEFAULT.maxBytes(), context.ra().maxImportRows(),
                    ImportLimits.DEFAULT.maxFieldLength());
            report = new SubscriberCsvReader(limits, row -> check(who, row, agencies, provinces)).read(csv, today);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded CSV", e);
        }
        if (!report.accepted()) {
            audit.recordRefusal(who.auditName(), IMPORTED, "csv import",
                    Map.of("rows", report.dataRows(), "rejectedRows", report.rejectedLines().size()));
            return new Outcome(report, 0, 0);
        }
        Instant now = context.clock().instant();
        int requests = 0;
        for (ImportRow row : report.rows()) {
            AgencyRecord agency = agencies.get(row.agencyId()).orElseThrow();
            SubscriberRecord s = SubscriberService.newRecord(agency, row.details(), who.auditName(), now);
            try {
                new SubscriberRepository(em).save(s);
            } catch (vn.govca.db.infrastructure.DuplicateKeyException e) {
                throw GovCaException.conflict("line " + row.lineNumber() + ": agency #" + agency.id()
                        + " already has a subscriber with this identity document; nothing was imported");
            }
            filing.fileLocked(who, new FileRequest(RaRequestType.NEW_ISSUANCE, s.id(), null, row.profile(), null, null,
                    null, null, row.recipient(), "CSV line " + row.lineNumber(), false));
            requests++;
            if (requests % FLUSH_EVERY == 0) {
                em.flush(); // still one transaction: nothing is committed before the last row
                em.clear();
            }
        }
        audit.record(who.auditName(), IMPORTED, "csv import", AuditOutcome.SUCCESS,
                Map.of("subscribers", report.rows().size(), "requests", requests));
        return new Outcome(report, report.rows().size(), requests);
    }

    /**
     * The checks a row needs beyond its own fields: agency in scope and in an active province,
     * profile, identity not taken.
     */
    private List<RowCheck.Problem> check(Principal who, ImportRow row, Map<String, Optional<AgencyRecord>> cache,
                                         ActiveProvinces provinces) {
        List<RowCheck.Problem> problems = new ArrayList<>();
        Optional<AgencyRecord> agency = cache.computeIfAbsent(row.agencyId(), id -> agency(who, id));
        if (agency.isEmpty()) {
            problems.add(new RowCheck.Problem(ImportColumn.AGENCY, "agency " + row.agencyId()
                    + " does not exist or is outside your scope"));
        } else {
            provinces.refusal(agency.get().provinceId(), "subscriber").ifPresent(reason -> problems.add(
                    new RowCheck.Problem(ImportColumn.AGENCY, "agency " + row.agencyId() + ": " + reason)));
        }
        Optional<CertificateProfile> profile = context.profiles().find(row.profile());
        if (profile.isEmpty() || profile.get().kind().isCa()) {
            problems.add(new RowCheck.Problem(ImportColumn.PROFILE, "profile " + row.profile()
                    + " is not a subscriber profile; one of " + context.profiles().names()));
        }
        if (agency.isPresent() && row.details() instanceof IndividualDetails d
                && new SubscriberRepository(em).byAgencyAndIdNumber(agency.get().id(),
                        IdentityDocumentType.valueOf(d.idType().name()), d.idNumber()).isPresent()) {
            problems.add(new RowCheck.Problem(ImportColumn.ID_NUMBER, "agency #" + agency.get().id()
                    + " already has a subscriber with " + d.idType() + " " + d.idNumber()));
        }
        return problems;
    }

    private Optional<AgencyRecord> agency(Principal who, String id) {
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return new AgencyRepository(em).byIdInScope(n, who.requireScope());
    }
}
