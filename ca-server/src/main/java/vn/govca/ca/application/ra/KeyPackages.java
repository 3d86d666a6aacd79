package vn.govca.ca.application.ra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.ca.application.issuance.CertificateIssuanceService;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.ra.RaAction;
import vn.govca.ca.domain.ra.RaPolicy;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.ca.infrastructure.keys.SubscriberKeys;
import vn.govca.db.audit.AuditOutcome;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.domain.CertificateRecord;
import vn.govca.db.domain.RaRequestRecord;
import vn.govca.db.domain.RecordStateException;
import vn.govca.db.infrastructure.CertificateAuthorityRepository;
import vn.govca.pki.domain.GovCaException;

/**
 * The one-time download of a server-generated key (issue 4): the filer's side takes the sealed key
 * once, as a PKCS#12 with the certificate chain under a password they choose; the sealed copy is
 * erased in the same transaction and the download audited, so a second attempt finds nothing.
 */
@ApplicationScoped
public class KeyPackages {

    public static final String KEY_PACKAGE_FETCHED = "RA_KEY_PACKAGE_FETCHED";

    @PersistenceContext
    EntityManager em;

    @Inject
    RaRecords records;

    @Inject
    CertificateIssuanceService issuance;

    @Inject
    AuditTrail audit;

    @Inject
    ServerContext context;

    @Transactional
    public byte[] take(Principal who, long requestId, char[] password) {
        RaPolicy.require(who, RaAction.FETCH_KEY_PACKAGE);
        SubscriberKeys.requireUsablePassword(password);
        RaRequestRecord r = records.requestForUpdate(who, requestId);
        if (r.issuedCertificateId() == null) {
            throw GovCaException.conflict("request #" + requestId + " is " + r.state() + " and has issued no certificate");
        }
        byte[] sealed;
        try {
            sealed = r.takeKeyPackage(context.clock().instant());
        } catch (RecordStateException e) {
            throw GovCaException.conflict(e.getMessage());
        }
        byte[] pkcs8 = context.keyPackages().open(sealed);
        try {
            CertificateRecord leaf = records.certificate(who, r.issuedCertificateId());
            CertificateAuthorityRecord ca = new CertificateAuthorityRepository(em).findById(leaf.caId()).orElseThrow();
            List<byte[]> chain = new ArrayList<>();
            chain.add(leaf.der());
            chain.addAll(issuance.chain(ca));
            byte[] p12 = SubscriberKeys.pkcs12(pkcs8, keyAlgorithm(leaf.der()), chain, password);
            audit.record(who.auditName(), KEY_PACKAGE_FETCHED, "request #" + requestId, AuditOutcome.SUCCESS,
                    Map.of("certificateId", leaf.id()));
            return p12;
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    private static String keyAlgorithm(byte[] der) {
        try {
            return CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der))
                    .getPublicKey().getAlgorithm();
        } catch (CertificateException e) {
            throw GovCaException.internal("stored certificate does not parse", e);
        }
    }
}
