package vn.govca.ocsp.infrastructure.db;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.cert.X509CertificateHolder;
import vn.govca.db.domain.CertificateStatus;
import vn.govca.pki.domain.GovCaException;

/**
 * Where a CA's delegated responder certificate (RFC 6960 §4.2.2.2) is found: among the CA's own
 * certificates of profile {@value #PROFILE}, stored by the CA server when it issues or renews
 * one for the key {@link #alias(String) ocsp-&lt;ca name&gt;} of the responder token. The current
 * one for a key is the newest ACTIVE, unexpired certificate with that public key; a revoked one is
 * never used again. Read-only: the CA server and validation nodes (reading a replica) find the
 * same certificate for the same token key.
 */
public final class ResponderCertificateStore {

    /** The certificate profile of responder certificates (id-kp-OCSPSigning, id-pkix-ocsp-nocheck). */
    public static final String PROFILE = "ocsp-responder";
    /** How many of a CA's newest responder certificates are looked at (several keys may share a CA). */
    static final int CANDIDATES = 20;

    private final EntityManager em;

    public ResponderCertificateStore(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /** The alias of {@code caName}'s responder key in the responder token. */
    public static String alias(String caName) {
        return "ocsp-" + caName.toLowerCase(Locale.ROOT);
    }

    /**
     * The CA's current responder certificate for {@code key}: ACTIVE, valid at {@code now}, newest
     * first; empty if there is none.
     *
     * @throws GovCaException INTERNAL if a stored responder certificate does not parse
     */
    public Optional<X509CertificateHolder> current(long caId, PublicKey key, Instant now) {
        List<byte[]> ders = em.createQuery("SELECT c.der FROM CertificateRecord c WHERE c.caId = :ca"
                        + " AND c.status = :status AND c.profileName = :profile AND c.notAfter > :now"
                        + " ORDER BY c.id DESC", byte[].class)
                .setParameter("ca", caId).setParameter("status", CertificateStatus.ACTIVE)
                .setParameter("profile", PROFILE).setParameter("now", now)
                .setMaxResults(CANDIDATES).getResultList();
        byte[] wanted = key.getEncoded();
        for (byte[] der : ders) {
            X509CertificateHolder c = parse(der);
            if (Arrays.equals(encoded(c), wanted) && !c.getNotBefore().toInstant().isAfter(now)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static byte[] encoded(X509CertificateHolder c) {
        try {
            return c.getSubjectPublicKeyInfo().getEncoded();
        } catch (IOException e) {
            throw GovCaException.internal("cannot encode the public key of a responder certificate", e);
        }
    }

    private static X509CertificateHolder parse(byte[] der) {
        try {
            return new X509CertificateHolder(der);
        } catch (IOException e) {
            throw GovCaException.internal("a stored responder certificate does not parse", e);
        }
    }
}
