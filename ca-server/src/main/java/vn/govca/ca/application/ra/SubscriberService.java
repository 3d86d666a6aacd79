package vn.govca.ca.application.ra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.ra.RaAction;
import vn.govca.ca.domain.ra.RaPolicy;
import vn.govca.ca.domain.subscriber.DeviceDetails;
import vn.govca.ca.domain.subscriber.IndividualDetails;
import vn.govca.ca.domain.subscriber.OrganizationDetails;
import vn.govca.ca.domain.subscriber.SubscriberDetails;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.audit.AuditOutcome;
import vn.govca.db.domain.AgencyRecord;
import vn.govca.db.domain.CertificateRecord;
import vn.govca.db.domain.CertificateStatus;
import vn.govca.db.domain.IdentityDocumentType;
import vn.govca.db.domain.SubscriberRecord;
import vn.govca.db.infrastructure.CertificateRepository;
import vn.govca.db.infrastructure.DuplicateKeyException;
import vn.govca.db.infrastructure.RecordPage;
import vn.govca.db.infrastructure.SubscriberFilter;
import vn.govca.db.infrastructure.SubscriberRepository;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.name.DnsName;

/**
 * Subscribers (thuê bao) of an agency: individuals, organizations and devices (forms 01–03). The
 * details arrive validated (value objects); this service places them under an agency in the
 * caller's scope, refuses a second subscriber with the same identity document in one agency
 * (CONFLICT) and audits the change.
 */
@ApplicationScoped
public class SubscriberService {

    public static final String SUBSCRIBER_CREATED = "RA_SUBSCRIBER_CREATED";
    public static final String SUBSCRIBER_UPDATED = "RA_SUBSCRIBER_UPDATED";

    @PersistenceContext
    EntityManager em;

    @Inject
    RaRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    ServerContext context;

    /**
     * A new subscriber under an agency in the caller's scope; CONFLICT when the agency's province is
     * inactive ({@link ActiveProvinces}) or the agency already has one with the same identity document.
     */
    @Transactional
    public SubscriberRecord create(Principal who, long agencyId, SubscriberDetails details) {
        RaPolicy.require(who, RaAction.MANAGE_SUBSCRIBERS);
        AgencyRecord agency = records.agency(who, agencyId);
        new ActiveProvinces(em).require(agency.provinceId(), "subscriber");
        SubscriberRecord s = newRecord(agency, details, who.auditName(), context.clock().instant());
        save(s);
        audit.record(who.auditName(), SUBSCRIBER_CREATED, "subscriber #" + s.id(), AuditOutcome.SUCCESS, describe(s));
        return s;
    }

    @Transactional
    public SubscriberRecord update(Principal who, long id, SubscriberDetails details) {
        RaPolicy.require(who, RaAction.MANAGE_SUBSCRIBERS);
        SubscriberRecord s = records.subscriber(who, id);
        Instant now = context.clock().instant();
        if (details instanceof IndividualDetails d) {
            s.updateIndividual(toRecord(d), now);
        } else if (details instanceof OrganizationDetails d) {
            s.updateOrganization(toRecord(d), now);
        } else {
            s.updateDevice(toRecord((DeviceDetails) details), now);
        }
        save(s);
        audit.record(who.auditName(), SUBSCRIBER_UPDATED, "subscriber #" + s.id(), AuditOutcome.SUCCESS, describe(s));
        return s;
    }

    public SubscriberRecord get(Principal who, long id) {
        RaPolicy.require(who, RaAction.VIEW);
        return records.subscriber(who, id);
    }

    /**
     * The subscriber's signed certificates (no reservations or failed ones), newest first, at most
     * {@value CertificateRepository#MAX_SUBSCRIBER_CERTIFICATES}; a subscriber outside the caller's
     * scope is NOT_FOUND.
     */
    public List<CertificateRecord> certificates(Principal who, long id) {
        get(who, id);
        return new CertificateRepository(em).listBySubscriber(id, CertificateRepository.MAX_SUBSCRIBER_CERTIFICATES)
                .stream().filter(c -> c.status() != CertificateStatus.RESERVED && c.status() != CertificateStatus.FAILED)
                .toList();
    }

    /** A keyset page of the subscribers in scope, optionally of one agency, kind or name prefix. */
    public RecordPage<SubscriberRecord> page(Principal who, Long agencyId, vn.govca.db.domain.SubscriberKind kind,
                                             String name, String identifier, OptionalLong after, int limit) {
        RaPolicy.require(who, RaAction.VIEW);
        SubscriberFilter f = SubscriberFilter.within(who.requireScope());
        if (agencyId != null) {
            records.agency(who, agencyId);
            f = f.inAgency(agencyId);
        }
        if (kind != null) {
            f = f.ofKind(kind);
        }
        if (name != null && !name.isBlank()) {
            f = f.nameStartingWith(name);
        }
        if (identifier != null && !identifier.isBlank()) {
            f = f.withIdentifier(identifier);
        }
        return new SubscriberRepository(em).page(f, after,
                Math.max(1, Math.min(limit, SubscriberRepository.MAX_PAGE_SIZE)));
    }

    /** The record for new validated details under {@code agency} (not yet saved). */
    static SubscriberRecord newRecord(AgencyRecord agency, SubscriberDetails details, String createdBy, Instant at) {
        if (details instanceof IndividualDetails d) {
            return SubscriberRecord.individual(agency, toRecord(d), createdBy, at);
        }
        if (details instanceof OrganizationDetails d) {
            return SubscriberRecord.organization(agency, toRecord(d), createdBy, at);
        }
        return SubscriberRecord.device(agency, toRecord((DeviceDetails) details), createdBy, at);
    }

    /** Saves, turning a duplicate identity document into a CONFLICT that names it. */
    void save(SubscriberRecord s) {
        try {
            new SubscriberRepository(em).save(s);
        } catch (DuplicateKeyException e) {
            throw GovCaException.conflict("agency #" + s.agencyId() + " already has a subscriber with "
                    + s.idType() + " " + s.idNumber());
        }
    }

    static vn.govca.db.domain.IndividualDetails toRecord(IndividualDetails d) {
        return new vn.govca.db.domain.IndividualDetails(d.fullName(), d.dateOfBirth(),
                IdentityDocumentType.valueOf(d.idType().name()), d.idNumber(), d.idIssueDate(), d.idIssuePlace(),
                d.position(), d.mobile().value(), d.email().value());
    }

    static vn.govca.db.domain.OrganizationDetails toRecord(OrganizationDetails d) {
        return new vn.govca.db.domain.OrganizationDetails(d.name(), d.address(),
                d.taxCode() == null ? null : d.taxCode().value(),
                d.budgetCode() == null ? null : d.budgetCode().value(),
                d.email() == null ? null : d.email().value());
    }

    static vn.govca.db.domain.DeviceDetails toRecord(DeviceDetails d) {
        return new vn.govca.db.domain.DeviceDetails(d.name(), d.hostNames().stream().map(DnsName::value).toList(),
                d.email() == null ? null : d.email().value());
    }

    private static Map<String, Object> describe(SubscriberRecord s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", s.kind().name());
        m.put("name", s.displayName());
        m.put("agencyId", s.agencyId());
        if (s.idNumber() != null) {
            m.put("identity", s.idType() + " " + s.idNumber());
        }
        return m;
    }
}
