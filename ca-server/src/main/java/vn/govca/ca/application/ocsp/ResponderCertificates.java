package vn.govca.ca.application.ocsp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.bouncycastle.cert.X509CertificateHolder;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.ca.application.ca.CaDirectory;
import vn.govca.ca.application.issuance.IssuanceCycle;
import vn.govca.ca.application.issuance.Issuer;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.audit.AuditOutcome;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.ocsp.domain.ResponderCredential;
import vn.govca.ocsp.infrastructure.TokenResponderCredentials;
import vn.govca.ocsp.infrastructure.db.ResponderCertificateStore;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.IssuanceRequest;
import vn.govca.pki.domain.cert.SignedCertificate;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.name.DnAttribute;
import vn.govca.pki.domain.name.NameEntry;
import vn.govca.pki.domain.name.SubjectName;
import vn.govca.pki.domain.profile.CertificateProfile;
import vn.govca.pki.domain.token.CryptoToken;

/**
 * The delegated OCSP responder credential of one CA (RFC 6960 §4.2.2.2): an EC P-256 key
 * {@code ocsp-<ca name>} generated inside the responder's own token (DESIGN invariant 3: the
 * responder never holds a CA key) and a short-lived certificate for it from the CA itself, profile
 * {@code ocsp-responder} (id-kp-OCSPSigning, id-pkix-ocsp-nocheck, the profile's maximum validity),
 * issued through the normal {@link IssuanceCycle} — stored before signing, linted, audited — when
 * the CA has no valid one for that key or it is due for renewal.
 *
 * <p>The current certificate is the newest ACTIVE, unexpired {@code ocsp-responder} certificate of
 * the CA whose public key is the token key; a revoked one is never used again.
 */
@ApplicationScoped
public class ResponderCertificates {

    public static final String PROFILE = ResponderCertificateStore.PROFILE;
    /** Audit action: a responder key was generated in the responder token. */
    public static final String RESPONDER_KEY_GENERATED = "OCSP_RESPONDER_KEY_GENERATED";
    /** Renew when less than this remains (a third of the profile's 30 days). */
    static final Duration RENEW_BEFORE = Duration.ofDays(10);
    private static final String ACTOR = "system (OCSP responder certificates)";
    private static final Logger LOG = Logger.getLogger(ResponderCertificates.class.getName());

    @PersistenceContext(unitName = "govca")
    EntityManager em;

    @Inject
    ServerContext context;

    @Inject
    CaDirectory directory;

    @Inject
    IssuanceCycle cycle;

    @Inject
    AuditTrail audit;

    /** The alias of {@code caName}'s responder key in the responder token. */
    public static String alias(String caName) {
        return ResponderCertificateStore.alias(caName);
    }

    /**
     * The responder credential of the active CA {@code ca}, creating its key and certificate
     * first when missing or due for renewal.
     *
     * @throws GovCaException UNAVAILABLE if the responder token or the CA's token is offline
     */
    public ResponderCredential ensure(CryptoToken responderToken, CertificateAuthorityRecord ca) {
        String alias = alias(ca.name());
        boolean existed = responderToken.hasKey(alias);
        PublicKey key = TokenResponderCredentials.ensureKey(responderToken, alias, KeySpec.EC_P256);
        if (!existed) {
            audit.recordAlone(ACTOR, RESPONDER_KEY_GENERATED, "token " + responderToken.name() + " key " + alias,
                    AuditOutcome.SUCCESS, Map.of("ca", ca.name(), "keySpec", KeySpec.EC_P256.name()));
        }
        Instant now = context.clock().instant();
        Optional<X509CertificateHolder> current = new ResponderCertificateStore(em).current(ca.id(), key, now);
        if (current.isPresent() && !renewalDue(current.get(), now)) {
            return TokenResponderCredentials.credential(responderToken, alias, current.get());
        }
        X509CertificateHolder issued = issue(ca, key);
        LOG.info(() -> "issued OCSP responder certificate " + issued.getSerialNumber().toString(16) + " of CA "
                + ca.name() + " valid until " + issued.getNotAfter().toInstant());
        return TokenResponderCredentials.credential(responderToken, alias, issued);
    }

    /** Whether {@code credential} should be replaced now. */
    public boolean renewalDue(ResponderCredential credential) {
        return credential.renewalDue(context.clock().instant(), RENEW_BEFORE);
    }

    private static boolean renewalDue(X509CertificateHolder c, Instant now) {
        return !now.plus(RENEW_BEFORE).isBefore(c.getNotAfter().toInstant());
    }

    private X509CertificateHolder issue(CertificateAuthorityRecord ca, PublicKey key) {
        Issuer issuer = directory.issuer(ca);
        CertificateProfile profile = context.profiles().get(PROFILE);
        IssuanceRequest request = IssuanceRequest.builder(profile, issuer.context())
                .subject(subject(ca, directory.certificate(ca))).publicKey(key).build();
        SignedCertificate signed = cycle.issue(issuer, request, ACTOR);
        return signed.holder();
    }

    private static SubjectName subject(CertificateAuthorityRecord ca, X509CertificateHolder caCertificate) {
        SubjectName caSubject = SubjectName.fromX500Name(caCertificate.getSubject());
        String org = caSubject.first(DnAttribute.O).orElse("GovCA");
        String cn = "OCSP " + ca.name();
        return new SubjectName(List.of(new NameEntry(DnAttribute.C, "VN"), new NameEntry(DnAttribute.O, org),
                new NameEntry(DnAttribute.CN, cn.length() > 64 ? cn.substring(0, 64) : cn)));
    }
}
