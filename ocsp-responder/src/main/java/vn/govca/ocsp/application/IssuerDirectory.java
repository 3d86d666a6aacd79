package vn.govca.ocsp.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.govca.ocsp.domain.CaRef;
import vn.govca.ocsp.domain.IssuerHashKey;
import vn.govca.ocsp.domain.RequestedCertId;
import vn.govca.ocsp.domain.ServedIssuer;
import vn.govca.pki.domain.GovCaException;

/**
 * The CAs this responder answers for, found by the issuer hashes of a CertID (RFC 6960 §4.1.1)
 * for every supported hash algorithm. A CertID whose issuer is not here is answered
 * {@code unauthorized} (RFC 5019 §2.2.3).
 *
 * <p>Thread-safe: readers see an immutable snapshot; {@link #put} (a CA added, or its responder
 * certificate renewed) and {@link #remove} publish a new one. Responses pre-produced with a
 * replaced responder certificate are not served again: the cache checks the credential.
 */
public final class IssuerDirectory {

    private record Snapshot(Map<IssuerHashKey, ServedIssuer> byHash, Map<Long, ServedIssuer> byCa) {
    }

    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of());

    /** A directory of {@code issuers}. */
    public static IssuerDirectory of(Collection<ServedIssuer> issuers) {
        IssuerDirectory d = new IssuerDirectory();
        issuers.forEach(d::put);
        return d;
    }

    /**
     * Adds {@code issuer}, replacing the entry of the same CA id.
     *
     * @throws GovCaException CONFLICT if another CA has the same name and key hashes (two CAs with
     *     one name and one key cannot be told apart by a CertID) or the same name with another id
     */
    public synchronized void put(ServedIssuer issuer) {
        Objects.requireNonNull(issuer, "issuer");
        Map<Long, ServedIssuer> byCa = new HashMap<>(snapshot.byCa());
        for (ServedIssuer other : byCa.values()) {
            if (other.ca().id() != issuer.ca().id() && other.ca().name().equals(issuer.ca().name())) {
                throw GovCaException.conflict("CA name '" + issuer.ca().name() + "' is already served with id "
                        + other.ca().id() + ", cannot add id " + issuer.ca().id());
            }
        }
        byCa.put(issuer.ca().id(), issuer);
        Map<IssuerHashKey, ServedIssuer> byHash = new HashMap<>();
        for (ServedIssuer s : byCa.values()) {
            for (IssuerHashKey k : s.hashKeys()) {
                ServedIssuer clash = byHash.put(k, s);
                if (clash != null) {
                    throw GovCaException.conflict("CAs " + clash.ca() + " and " + s.ca()
                            + " have the same subject name and key; OCSP CertIDs cannot tell them apart");
                }
            }
        }
        snapshot = new Snapshot(Map.copyOf(byHash), Map.copyOf(byCa));
    }

    /** Stops answering for {@code ca}; its CertIDs become {@code unauthorized}. */
    public synchronized void remove(CaRef ca) {
        Map<Long, ServedIssuer> byCa = new HashMap<>(snapshot.byCa());
        if (byCa.remove(ca.id()) == null) {
            return;
        }
        Map<IssuerHashKey, ServedIssuer> byHash = new HashMap<>(snapshot.byHash());
        byHash.values().removeIf(s -> s.ca().id() == ca.id());
        snapshot = new Snapshot(Map.copyOf(byHash), Map.copyOf(byCa));
    }

    /** The CA that {@code certId} names, if this responder serves it and supports its hash. */
    public Optional<ServedIssuer> find(RequestedCertId certId) {
        return certId.issuerKey().map(snapshot.byHash()::get);
    }

    /** The CA with issuer hashes {@code key}. */
    public Optional<ServedIssuer> find(IssuerHashKey key) {
        return Optional.ofNullable(snapshot.byHash().get(key));
    }

    /** The entry of {@code ca} (matched by id). */
    public Optional<ServedIssuer> get(CaRef ca) {
        return Optional.ofNullable(snapshot.byCa().get(ca.id()));
    }

    /** All served CAs, in no particular order. */
    public List<ServedIssuer> issuers() {
        return List.copyOf(snapshot.byCa().values());
    }
}
