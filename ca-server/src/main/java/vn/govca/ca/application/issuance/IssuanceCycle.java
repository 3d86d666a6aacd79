package vn.govca.ca.application.issuance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bouncycastle.operator.ContentSigner;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.infrastructure.DuplicateSerialException;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.CertificateBuilder;
import vn.govca.pki.domain.cert.IssuanceRequest;
import vn.govca.pki.domain.cert.PreparedCertificate;
import vn.govca.pki.domain.cert.SerialNumber;
import vn.govca.pki.domain.cert.SignedCertificate;

/**
 * The issuance cycle, as one linear method (docs/issuance.md describes the same steps):
 * <ol>
 *   <li>validate — the caller hands in a request built from validated input (CSR signature
 *       checked, profile and CA resolved, CA online);</li>
 *   <li>serial — 20 octets from a CSPRNG (positive, ≤ 20 octets);</li>
 *   <li>build and lint — against the profile and RFC 5280; a failing TBS is never signed;</li>
 *   <li>reserve — the serial and the linted TBS are committed (unique per CA: a collision
 *       retries with a new serial);</li>
 *   <li>sign — with the CA's token;</li>
 *   <li>verify — the signature with the CA's public key, and that the signed TBS is the linted
 *       one (inside {@link PreparedCertificate#sign});</li>
 *   <li>store and audit — in one transaction.</li>
 * </ol>
 * A failure after step 4 marks the reservation FAILED (audited); no certificate exists that the
 * database does not hold (DESIGN invariants 1 and 2).
 *
 * <p>Steps 4 and 7 of concurrent issuances commit together ({@link GroupCommit}): each issuance
 * still has its reservation committed before its signature and its certificate stored with its
 * own audit row in one transaction; a batch shares the transaction, its log flush and the audit
 * chain head's lock.
 */
@ApplicationScoped
public class IssuanceCycle {

    private static final Logger LOG = Logger.getLogger(IssuanceCycle.class.getName());
    private static final int SERIAL_ATTEMPTS = 3;
    /**
     * The most issuances per shared transaction. Batches form only from callers already waiting,
     * so this bounds a transaction's size (and the time the audit head stays locked), not latency.
     */
    private static final int MAX_BATCH = 32;

    @Inject
    ServerContext context;

    @Inject
    IssuanceSteps steps;

    @Inject
    AuditTrail audit;

    // Through the injected proxy, read at each call: each batch, and each item retried alone, is a
    // transaction of its own.
    private final GroupCommit<IssuanceSteps.Reservation, Long> reservations = new GroupCommit<>(MAX_BATCH,
            items -> steps.reserveAll(items), item -> steps.reserve(item));
    private final GroupCommit<IssuanceSteps.Completion, Void> completions = new GroupCommit<>(MAX_BATCH,
            items -> steps.completeAll(items), item -> steps.complete(item));

    public SignedCertificate issue(Issuer issuer, IssuanceRequest request, String actor) {
        // 2-4: serial, build + lint, reserve (retried only on a serial collision)
        PreparedCertificate prepared = null;
        long certificateId = -1;
        for (int attempt = 1; certificateId < 0; attempt++) {
            SerialNumber serial = SerialNumber.random(context.random());
            try {
                prepared = CertificateBuilder.prepare(request, serial, context.clock());
            } catch (GovCaException e) {
                audit.recordRefusal(actor, AuditTrail.ISSUANCE_REFUSED, "ca " + issuer.caName(),
                        Map.of("category", e.category().name(), "reason", String.valueOf(e.getMessage())));
                throw e;
            }
            try {
                certificateId = reservations.submit(new IssuanceSteps.Reservation(issuer.caId(), prepared, actor,
                        context.clock().instant()));
            } catch (DuplicateSerialException e) {
                if (attempt >= SERIAL_ATTEMPTS) {
                    throw GovCaException.internal("no unique serial after " + attempt + " attempts", e);
                }
            }
        }
        Map<String, Object> details = details(issuer, prepared);
        // 5-6: sign, then verify signature and TBS equality
        SignedCertificate signed;
        try {
            ContentSigner signer = issuer.signer().get();
            signed = prepared.sign(signer);
        } catch (RuntimeException e) {
            details.put("reason", e.getMessage());
            steps.fail(certificateId, String.valueOf(e.getMessage()), actor, details, context.clock().instant());
            LOG.log(Level.WARNING, "signing failed for CA " + issuer.caName() + ", serial "
                    + prepared.serial().hex() + "; reservation marked FAILED", e);
            throw e instanceof GovCaException g ? g
                    : GovCaException.unavailable("signing with CA '" + issuer.caName() + "' failed", e);
        }
        // 7: store + audit in one transaction
        completions.submit(new IssuanceSteps.Completion(certificateId, issuer.caId(), signed, actor, details,
                context.clock().instant()));
        return signed;
    }

    private static Map<String, Object> details(Issuer issuer, PreparedCertificate p) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("ca", issuer.caName());
        d.put("serial", p.serial().hex());
        d.put("subject", p.subject().toString());
        d.put("profile", p.profile().name());
        d.put("notAfter", p.notAfter().toString());
        return d;
    }
}
