package vn.govca.ca.application.ca;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.bouncycastle.cert.X509CertificateHolder;
import vn.govca.ca.application.issuance.Issuer;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.domain.CertificateAuthorityStatus;
import vn.govca.db.infrastructure.CertificateAuthorityRepository;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.IssuerContext;
import vn.govca.pki.domain.cert.PublicationPoints;
import vn.govca.pki.domain.key.SignatureAlgorithm;
import vn.govca.pki.domain.token.CryptoToken;

/**
 * Finds CAs by name and turns an active one into an {@link Issuer}. The parsed CA certificate is
 * cached per CA row version; the CA row itself is read from the database on every call, so a CA
 * disabled on another node stops issuing here at once.
 */
@ApplicationScoped
public class CaDirectory {

    /** CA names appear in URLs (/ca/{name}.crt, /crl/{name}.crl): keep them URL-safe. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    /** Suffix of delta CRL file names ({@code {name}-delta.crl}); no CA name ends with it. */
    public static final String DELTA_SUFFIX = "-delta";

    @PersistenceContext(unitName = "govca")
    EntityManager em;

    @Inject
    ServerContext context;

    private final Map<String, X509CertificateHolder> parsed = new ConcurrentHashMap<>();

    public static String requireValidName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw GovCaException.malformed("CA name '" + name + "' is invalid: 1-64 characters of A-Z, a-z, 0-9, "
                    + "'-' or '_', starting with a letter or digit");
        }
        if (name.endsWith(DELTA_SUFFIX)) {
            throw GovCaException.malformed("CA name '" + name + "' must not end with '" + DELTA_SUFFIX
                    + "': /crl/{name}" + DELTA_SUFFIX + ".crl is the delta CRL of the CA named without it");
        }
        return name;
    }

    public CertificateAuthorityRecord find(String name) {
        requireValidName(name);
        return new CertificateAuthorityRepository(em).findByName(name)
                .orElseThrow(() -> GovCaException.notFound("no CA named '" + name + "'"));
    }

    public List<CertificateAuthorityRecord> all() {
        return new CertificateAuthorityRepository(em).listByName();
    }

    /** A CA with the certificates of its chain, itself first, up to and including the root. */
    public record Lineage(CertificateAuthorityRecord ca, List<byte[]> chain) {
    }

    /**
     * The CA named {@code name} and its chain from one read of the CA table, not one read per
     * level plus one for the CA: this runs on every issuance.
     */
    public Lineage lineage(String name) {
        requireValidName(name);
        List<CertificateAuthorityRecord> cas = all();
        CertificateAuthorityRecord ca = cas.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> GovCaException.notFound("no CA named '" + name + "'"));
        return new Lineage(ca, chain(ca, cas));
    }

    /** {@code ca}'s certificate and its parents' up to the root. */
    public List<byte[]> chain(CertificateAuthorityRecord ca) {
        return chain(ca, all());
    }

    private static List<byte[]> chain(CertificateAuthorityRecord ca, List<CertificateAuthorityRecord> cas) {
        Map<Long, CertificateAuthorityRecord> byId = new HashMap<>();
        cas.forEach(c -> byId.put(c.id(), c));
        List<byte[]> chain = new ArrayList<>();
        CertificateAuthorityRecord cur = ca;
        for (int depth = 0; cur != null && depth < 10; depth++) {
            if (cur.certificateDer() != null) {
                chain.add(cur.certificateDer());
            }
            cur = cur.parentCaId() == null ? null : byId.get(cur.parentCaId());
        }
        return List.copyOf(chain);
    }

    /** The parsed certificate of an activated CA. */
    public X509CertificateHolder certificate(CertificateAuthorityRecord ca) {
        if (ca.certificateDer() == null) {
            throw GovCaException.conflict("CA '" + ca.name() + "' has no certificate yet (status "
                    + ca.status() + ")");
        }
        return parsed.computeIfAbsent(ca.name() + "#" + ca.version(), k -> {
            try {
                return new X509CertificateHolder(ca.certificateDer());
            } catch (IOException e) {
                throw GovCaException.internal("stored certificate of CA '" + ca.name() + "' does not parse", e);
            }
        });
    }

    /**
     * An issuer for an active CA whose token is online.
     *
     * @throws GovCaException CONFLICT if the CA is not active, UNAVAILABLE if its token is offline
     */
    public Issuer issuer(CertificateAuthorityRecord ca) {
        if (ca.status() != CertificateAuthorityStatus.ACTIVE) {
            throw GovCaException.conflict("CA '" + ca.name() + "' is " + ca.status() + " and cannot issue");
        }
        CryptoToken token = context.tokens().active(ca.key().tokenName());
        SignatureAlgorithm alg = signatureAlgorithm(ca);
        IssuerContext ctx = IssuerContext.of(certificate(ca), alg, publicationPoints(ca.name()));
        String alias = ca.key().keyAlias();
        return new Issuer(ca.id(), ca.name(), ctx, () -> token.signer(alias, alg.jcaName()));
    }

    /** Where the CA publishes; certificates carry Freshest CRL when delta CRLs are published. */
    public PublicationPoints publicationPoints(String caName) {
        return new PublicationPoints(context.config().publicBaseUrl(), caName, context.crl().deltaEnabled());
    }

    static SignatureAlgorithm signatureAlgorithm(CertificateAuthorityRecord ca) {
        return SignatureAlgorithm.byJcaName(ca.key().signatureAlgorithm())
                .orElseThrow(() -> GovCaException.internal("CA '" + ca.name() + "' has unknown signature algorithm "
                        + ca.key().signatureAlgorithm(), null));
    }
}
