package vn.govca.ca.application.crl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.govca.ca.application.ca.CaDirectory;
import vn.govca.ca.application.issuance.Issuer;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.auth.Role;
import vn.govca.ca.domain.crl.PublicationSchedule;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.ca.infrastructure.config.CrlSettings;
import vn.govca.ca.infrastructure.crl.CrlFileInfo;
import vn.govca.ca.infrastructure.crl.CrlFiles;
import vn.govca.crl.domain.CrlIssuer;
import vn.govca.crl.domain.CrlSpec;
import vn.govca.crl.domain.RevokedEntrySource;
import vn.govca.crl.domain.WrittenCrl;
import vn.govca.crl.infrastructure.StreamingCrlWriter;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.domain.CrlKind;
import vn.govca.db.domain.Sha256Hex;
import vn.govca.db.infrastructure.DuplicateKeyException;
import vn.govca.pki.domain.GovCaException;

/**
 * Issues a CA's CRLs (RFC 5280 §5), one linear method with numbered steps:
 * <ol>
 *   <li>resolve — the CA is active and its token online; the CRL issuer is its certificate;</li>
 *   <li>number — the next CRL number, above every number in the database and on the published
 *       files, is drawn and committed with a RESERVED record before anything is signed (DESIGN
 *       invariant 4);</li>
 *   <li>write — entries streamed from the database into {@link StreamingCrlWriter}, signed by the
 *       CA key inside its token, verified, and moved atomically onto {@code {ca}.crl} or
 *       {@code {ca}-delta.crl};</li>
 *   <li>record and audit — PUBLISHED with entries, octets and SHA-256, and CRL_ISSUED, in one
 *       transaction; on any failure after step 2, FAILED and CRL_FAILED.</li>
 * </ol>
 * Full and delta CRLs share the number sequence; a delta names the full CRL on disk as its base
 * and lists what changed since that base's thisUpdate (less {@link #DELTA_LOOKBACK}, for changes
 * committed just after the base read the database). Publications of one CA are serialised here;
 * on several nodes the counter's row lock keeps numbers distinct.
 */
@ApplicationScoped
public class CrlPublisher {

    /** Changes this much older than a base CRL are listed again in its deltas (late commits; harmless repeats). */
    static final Duration DELTA_LOOKBACK = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(CrlPublisher.class.getName());

    @Inject
    ServerContext context;

    @Inject
    CaDirectory directory;

    @Inject
    CrlSteps steps;

    @Inject
    RevokedEntries entries;

    @Inject
    CrlFiles files;

    private final Map<Long, ReentrantLock> locks = new ConcurrentHashMap<>();

    /** A CRL as published. */
    public record Published(String caName, CrlKind kind, BigInteger crlNumber, BigInteger baseCrlNumber,
                            Instant thisUpdate, Instant nextUpdate, long entries, long length, String sha256) {
    }

    /**
     * Publishes now, on an administrator's request: the full CRL and, if delta CRLs are enabled, a
     * delta on it.
     */
    public List<Published> publishNow(Principal who, String caName) {
        who.requireAnyOf("publish CRLs", Role.CA_ADMIN, Role.CA_OPERATOR);
        return publishAll(directory.find(caName), who.auditName());
    }

    /** The full CRL, then (if delta CRLs are enabled) a delta CRL based on it. */
    public List<Published> publishAll(CertificateAuthorityRecord ca, String actor) {
        List<Published> out = new ArrayList<>(2);
        out.add(publish(ca, CrlKind.FULL, actor));
        if (context.crl().deltaEnabled()) {
            out.add(publish(ca, CrlKind.DELTA, actor));
        }
        return out;
    }

    /**
     * Issues one CRL of the CA.
     *
     * @throws GovCaException CONFLICT if the CA is not active (or a delta has no full CRL to build
     *         on), UNAVAILABLE if its token is offline or the CRL cannot be written
     */
    public Published publish(CertificateAuthorityRecord ca, CrlKind kind, String actor) {
        ReentrantLock lock = locks.computeIfAbsent(ca.id(), id -> new ReentrantLock());
        lock.lock();
        try {
            return publishLocked(ca, kind, actor);
        } finally {
            lock.unlock();
        }
    }

    private Published publishLocked(CertificateAuthorityRecord ca, CrlKind kind, String actor) {
        CrlSettings settings = context.crl();
        // 1. resolve
        Issuer issuer = directory.issuer(ca);
        CrlIssuer crlIssuer = CrlIssuer.of(directory.certificate(ca), issuer.context().signatureAlgorithm());
        Instant thisUpdate = context.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        Optional<CrlFileInfo> full = current(ca, CrlKind.FULL);
        Optional<CrlFileInfo> delta = current(ca, CrlKind.DELTA);
        CrlFileInfo base = kind == CrlKind.DELTA ? full.orElseThrow(() -> GovCaException.conflict("CA '" + ca.name()
                + "' has no published full CRL for a delta CRL to build on")) : null;
        PublicationSchedule schedule = kind == CrlKind.FULL ? settings.full() : settings.delta();
        Long baseNumber = base == null ? null : base.crlNumber().longValueExact();
        CrlSteps.Draft draft = new CrlSteps.Draft(ca.id(), kind, baseNumber, thisUpdate,
                schedule.nextUpdate(thisUpdate), CrlFiles.fileName(ca.name(), kind));
        // 2. number
        CrlSteps.Reservation reservation = reserve(draft, floor(full, delta));
        Map<String, Object> details = details(ca, draft, reservation);
        try {
            // 3. write
            CrlSpec spec = spec(ca, crlIssuer, draft, reservation.crlNumber());
            Instant notExpiredAt = settings.keepExpired() ? null : thisUpdate;
            RevokedEntrySource source = base == null ? entries.full(ca.id(), ca.name(), notExpiredAt)
                    : entries.changedSince(ca.id(), ca.name(), base.thisUpdate().minus(DELTA_LOOKBACK), notExpiredAt);
            WrittenCrl written = new StreamingCrlWriter(files.spoolDirectory())
                    .writeFile(spec, source, issuer.signer().get(), files.path(ca.name(), kind));
            CrlFileInfo info = files.describe(ca.name(), kind).filter(i -> i.crlNumber().equals(spec.crlNumber()))
                    .orElseThrow(() -> GovCaException.internal("CRL " + spec + " is not on disk after writing", null));
            // 4. record and audit
            details.put("entries", written.entryCount());
            details.put("length", written.length());
            details.put("sha256", info.sha256());
            steps.published(reservation.recordId(), written.entryCount(), written.length(), Sha256Hex.of(info.sha256()),
                    actor, details, context.clock().instant());
            LOG.info(() -> "published " + spec + ": " + written.entryCount() + " entries, " + written.length()
                    + " octets");
            return new Published(ca.name(), kind, spec.crlNumber(), spec.baseCrlNumber().orElse(null),
                    spec.thisUpdate(), spec.nextUpdate(), written.entryCount(), written.length(), info.sha256());
        } catch (RuntimeException e) {
            details.put("reason", String.valueOf(e.getMessage()));
            try {
                steps.failed(reservation.recordId(), String.valueOf(e.getMessage()), actor, details,
                        context.clock().instant());
            } catch (RuntimeException recordFailure) {
                e.addSuppressed(recordFailure);
            }
            LOG.log(Level.WARNING, "CRL " + reservation.crlNumber() + " of CA " + ca.name()
                    + " was not published; its number stays used", e);
            throw e instanceof GovCaException g ? g
                    : GovCaException.unavailable("publishing a CRL of CA '" + ca.name() + "' failed", e);
        }
    }

    /** The CRL on disk, or empty if there is none or it cannot be read (it will be replaced). */
    private Optional<CrlFileInfo> current(CertificateAuthorityRecord ca, CrlKind kind) {
        try {
            return files.describe(ca.name(), kind);
        } catch (GovCaException e) {
            LOG.log(Level.WARNING, "the published " + kind + " CRL of CA " + ca.name()
                    + " cannot be read and will be replaced", e);
            return Optional.empty();
        }
    }

    /** The highest CRL number on the published files: new numbers stay above it, whatever the database says. */
    private static long floor(Optional<CrlFileInfo> full, Optional<CrlFileInfo> delta) {
        BigInteger max = BigInteger.ZERO;
        for (Optional<CrlFileInfo> f : List.of(full, delta)) {
            if (f.isPresent() && f.get().crlNumber().compareTo(max) > 0) {
                max = f.get().crlNumber();
            }
        }
        return max.longValueExact();
    }

    private CrlSteps.Reservation reserve(CrlSteps.Draft draft, long floor) {
        Optional<CrlSteps.Reservation> r = steps.reserve(draft, floor, context.clock().instant());
        if (r.isPresent()) {
            return r.get();
        }
        try {
            steps.createCounter(draft.caId(), context.clock().instant());
        } catch (DuplicateKeyException e) {
            // Another node created the counter at the same moment; it exists now, which is all we need.
            LOG.log(Level.FINE, "CRL number counter of CA " + draft.caId() + " was created concurrently", e);
        }
        return steps.reserve(draft, floor, context.clock().instant())
                .orElseThrow(() -> GovCaException.internal("CRL number counter of CA " + draft.caId()
                        + " is missing after its creation", null));
    }

    private CrlSpec spec(CertificateAuthorityRecord ca, CrlIssuer issuer, CrlSteps.Draft draft, long number) {
        BigInteger n = BigInteger.valueOf(number);
        if (draft.kind() == CrlKind.DELTA) {
            return CrlSpec.delta(issuer, n, BigInteger.valueOf(draft.baseCrlNumber()), draft.thisUpdate(),
                    draft.nextUpdate()).build();
        }
        CrlSpec.Builder b = CrlSpec.full(issuer, n, draft.thisUpdate(), draft.nextUpdate());
        if (context.crl().deltaEnabled()) {
            b.freshestCrl(directory.publicationPoints(ca.name()).deltaCrlUrl());
        }
        if (context.crl().keepExpired() && ca.notBefore() != null) {
            b.expiredCertsOnCrl(ca.notBefore());
        }
        return b.build();
    }

    private static Map<String, Object> details(CertificateAuthorityRecord ca, CrlSteps.Draft draft,
                                               CrlSteps.Reservation r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("ca", ca.name());
        d.put("kind", draft.kind().name());
        d.put("crlNumber", r.crlNumber());
        d.put("baseCrlNumber", draft.baseCrlNumber());
        d.put("thisUpdate", draft.thisUpdate().toString());
        d.put("nextUpdate", draft.nextUpdate().toString());
        return d;
    }
}
