package vn.govca.ca.application.ra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.govca.ca.application.issuance.CertificateIssuanceService;
import vn.govca.ca.application.issuance.IssueCommand;
import vn.govca.ca.application.revocation.RevocationService;
import java.security.KeyPair;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.ca.infrastructure.keys.SubscriberKeys;
import vn.govca.pki.domain.name.DnsName;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.domain.RaRequestRecord;
import vn.govca.db.domain.RaRequestState;
import vn.govca.db.domain.RaRequestType;
import vn.govca.db.domain.SerialHex;
import vn.govca.db.infrastructure.CertificateAuthorityRepository;
import vn.govca.db.infrastructure.CertificateRepository;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.RevocationReason;

/**
 * The operators' side of a request (issue 4 "Approvals"): approve, reject, ask for more
 * information; an approval that completes the required count executes the request through the CA
 * services — issue, revoke, suspend, reinstate — under the approver's name, or, for a token restore
 * (form 06), records the restore on the key device and completes the request in one transaction.
 * Execution runs outside the approval's transaction (the issuance cycle commits its own steps); when
 * it fails the request stays APPROVED, the failure is audited, and {@link #execute} can be called again.
 */
@ApplicationScoped
public class RequestReview {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestSteps steps;

    @Inject
    RaRecords records;

    @Inject
    CertificateIssuanceService issuance;

    @Inject
    RevocationService revocation;

    @Inject
    ServerContext context;

    /** Approves; executes when this was the last approval needed. Returns the request as it ends. */
    public RaRequestRecord approve(Principal who, long id, String comment) {
        RaRequestState state = steps.approve(who, id, comment);
        if (state == RaRequestState.APPROVED) {
            return execute(who, id);
        }
        return records.request(who, id);
    }

    public RaRequestRecord reject(Principal who, long id, String comment) {
        return steps.decide(who, id, RaRequestState.REJECTED, comment);
    }

    public RaRequestRecord requestInformation(Principal who, long id, String comment) {
        return steps.decide(who, id, RaRequestState.INFO_REQUESTED, comment);
    }

    /** Executes an APPROVED request (again, after a failure). */
    public RaRequestRecord execute(Principal who, long id) {
        RequestSteps.Plan plan = steps.plan(who, id);
        try {
            if (plan.request().type() == RaRequestType.TOKEN_RESTORE) {
                return steps.restoreToken(who, id);
            }
            KeyPair generated = plan.request().serverKeyGeneration() ? generate(plan) : null;
            Long issued = run(who, plan, generated == null ? plan.csrPem()
                    : SubscriberKeys.csr(generated, plan.names().subject(),
                            plan.names().dnsNames().stream().map(DnsName::new).toList()));
            byte[] sealed = generated == null ? null
                    : context.keyPackages().seal(generated.getPrivate().getEncoded());
            RaRequestRecord done = steps.complete(who, id, issued, sealed);
            if (plan.request().type() == RaRequestType.CHANGE_OF_INFORMATION) {
                revocation.revoke(who, plan.targetCaName(), plan.targetSerial(),
                        RevocationReason.SUPERSEDED.rfcName(), null);
            }
            return done;
        } catch (GovCaException e) {
            steps.failed(who, id, e);
            throw e;
        }
    }

    private KeyPair generate(RequestSteps.Plan plan) {
        return SubscriberKeys.generate(context.profiles().get(plan.request().profileName()).keySpecs(),
                context.random());
    }

    private Long run(Principal who, RequestSteps.Plan plan, String csrPem) {
        RaRequestRecord r = plan.request();
        switch (r.type()) {
            case NEW_ISSUANCE, RENEWAL, CHANGE_OF_INFORMATION -> {
                IssueCommand cmd = new IssueCommand(plan.caName(), r.profileName(), csrPem,
                        plan.names().subject().toString(), plan.names().dnsNames(), plan.names().emails(),
                        r.validityDays());
                CertificateIssuanceService.Issued issued = issuance.issue(who, cmd);
                CertificateAuthorityRecord ca = new CertificateAuthorityRepository(em).findByName(issued.caName())
                        .orElseThrow();
                return new CertificateRepository(em)
                        .findBySerial(ca.id(), SerialHex.of(issued.certificate().serial().hex()))
                        .orElseThrow(() -> GovCaException.internal("issued certificate not found", null))
                        .id();
            }
            case REVOCATION, SUSPENSION -> {
                revocation.revoke(who, plan.targetCaName(), plan.targetSerial(), r.revocationReason(), null);
                return null;
            }
            case REINSTATEMENT -> {
                revocation.reinstate(who, plan.targetCaName(), plan.targetSerial());
                return null;
            }
            default -> throw GovCaException.internal("a " + r.type() + " request has no CA execution", null);
        }
    }
}
