package vn.govca.ocsp.infrastructure.db;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bouncycastle.cert.X509CertificateHolder;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.domain.CertificateAuthorityStatus;
import vn.govca.db.infrastructure.CertificateAuthorityRepository;
import vn.govca.ocsp.application.IssuerDirectory;
import vn.govca.ocsp.domain.CaRef;
import vn.govca.ocsp.domain.ServedIssuer;
import vn.govca.ocsp.infrastructure.TokenResponderCredentials;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.token.CryptoToken;

/**
 * The CAs a validation node answers for: every ACTIVE CA of the database whose responder key
 * ({@link ResponderCertificateStore#alias}) is in the node's responder token and whose current
 * responder certificate for that key the CA server has stored (RFC 6960 §4.2.2.2 delegated
 * signing). The node never issues, renews or writes anything (DESIGN: "validation nodes hold no
 * CA key and only read the database"); it follows what the CA server provisions: each
 * {@link #refresh} picks up renewed or replaced responder certificates and new CAs, and drops CAs
 * that can no longer be served, whose requests are then answered {@code unauthorized} — never
 * with a credential the CA has revoked.
 */
public final class ProvisionedIssuers {

    private static final Logger LOG = Logger.getLogger(ProvisionedIssuers.class.getName());

    private final EntityManager em;
    private final Clock clock;
    private final ResponderCertificateStore store;
    private final Map<String, String> report = new LinkedHashMap<>();

    public ProvisionedIssuers(EntityManager em, Clock clock) {
        this.em = Objects.requireNonNull(em, "em");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = new ResponderCertificateStore(em);
    }

    /**
     * Brings {@code issuers} in line with the database and {@code token} (empty: the responder
     * token is not usable, nothing is served). A database that cannot be read leaves
     * {@code issuers} as they are (answers then depend on status reads, which fail as tryLater).
     *
     * @return CA name → what is served for it, or why not (for logs and {@code /health})
     */
    public synchronized Map<String, String> refresh(IssuerDirectory issuers, Optional<CryptoToken> token) {
        Map<String, String> now = new LinkedHashMap<>();
        Set<Long> listed = new HashSet<>();
        try {
            for (CertificateAuthorityRecord ca : new CertificateAuthorityRepository(em).listByName()) {
                listed.add(ca.id());
                now.put(ca.name(), serve(issuers, ca, token));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the CAs to serve cannot be read; OCSP keeps serving "
                    + issuers.issuers().size() + " CA(s) as before", e);
            return Map.copyOf(report);
        }
        issuers.issuers().stream().map(ServedIssuer::ca).filter(ca -> !listed.contains(ca.id()))
                .forEach(issuers::remove);
        if (!now.equals(report)) {
            LOG.info("OCSP validation node: " + now);
            report.clear();
            report.putAll(now);
        }
        return Map.copyOf(now);
    }

    private String serve(IssuerDirectory issuers, CertificateAuthorityRecord ca, Optional<CryptoToken> token) {
        CaRef ref = new CaRef(ca.id(), ca.name());
        if (ca.status() != CertificateAuthorityStatus.ACTIVE || ca.certificateDer() == null) {
            issuers.remove(ref);
            return "not served: CA is " + ca.status();
        }
        if (token.isEmpty()) {
            issuers.remove(ref);
            return "not served: responder token unusable";
        }
        String alias = ResponderCertificateStore.alias(ca.name());
        try {
            if (!token.get().hasKey(alias)) {
                issuers.remove(ref);
                return "not served: no key " + alias + " in the responder token";
            }
            PublicKey key = token.get().publicKey(alias);
            Instant at = clock.instant();
            Optional<X509CertificateHolder> current = store.current(ca.id(), key, at);
            if (current.isEmpty()) {
                issuers.remove(ref);
                return "not served: no active responder certificate for key " + alias;
            }
            X509CertificateHolder cert = current.get();
            Optional<ServedIssuer> existing = issuers.get(ref);
            if (existing.isEmpty() || !existing.get().credential().serial().equals(cert.getSerialNumber())) {
                issuers.put(new ServedIssuer(ref, caCertificate(ca),
                        TokenResponderCredentials.credential(token.get(), alias, cert)));
            }
            return "served, responder certificate " + cert.getSerialNumber().toString(16) + " until "
                    + cert.getNotAfter().toInstant();
        } catch (GovCaException e) {
            issuers.remove(ref);
            return "not served: " + e.getMessage();
        }
    }

    private static X509CertificateHolder caCertificate(CertificateAuthorityRecord ca) {
        try {
            return new X509CertificateHolder(ca.certificateDer());
        } catch (IOException e) {
            throw GovCaException.internal("the stored certificate of CA " + ca.name() + " does not parse", e);
        }
    }
}
