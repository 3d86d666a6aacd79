package vn.govca.ocsp.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import vn.govca.ocsp.domain.CaRef;
import vn.govca.ocsp.domain.CertificateStatus;
import vn.govca.ocsp.domain.CertificateStatusSource;
import vn.govca.ocsp.domain.OcspReply;
import vn.govca.ocsp.domain.OcspRequest;
import vn.govca.ocsp.domain.OcspRequestParser;
import vn.govca.ocsp.domain.OcspResponseStatus;
import vn.govca.ocsp.domain.PlainCertIdRequest;
import vn.govca.ocsp.domain.RequestedCertId;
import vn.govca.ocsp.domain.ServedIssuer;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.SerialNumber;

/**
 * The OCSP responder use case (RFC 6960, RFC 5019 profile): request bytes in, DER response and its
 * HTTP caching facts out. It never throws: bad input becomes {@code malformedRequest}, an issuer
 * it does not serve {@code unauthorized}, an unavailable status store or expired responder
 * certificate {@code tryLater}, anything else {@code internalError} (DESIGN invariant 7).
 *
 * <p>Answering, in order:
 * <ol>
 * <li>parse (size, CertID count and nonce limits; {@link OcspRequestParser});</li>
 * <li>with {@link RequestSignaturePolicy#REQUIRE}: unsigned → sigRequired, bad signature →
 *     unauthorized;</li>
 * <li>find the CA of every CertID ({@link IssuerDirectory}); any unknown issuer, or CertIDs of more
 *     than one CA (each CA has its own responder key, and one response has one signature) →
 *     unauthorized;</li>
 * <li>no nonce and one CertID → the pre-produced response ({@link PreProducedResponses}),
 *     produced and kept on a miss;</li>
 * <li>otherwise sign a response for this request, echoing the nonce, with the statuses of fresh
 *     pre-produced responses (invalidated on every status change, so as current as what a request
 *     without nonce gets) and the others read in one batch.</li>
 * </ol>
 * A serial the CA never issued is never answered good (DESIGN invariant 5); see
 * {@link vn.govca.ocsp.domain.NeverIssuedPolicy}. Status changes reach the answers through
 * {@link #statusChanged(CaRef, SerialNumber)}. Thread-safe.
 */
public final class OcspResponder {

    private static final System.Logger LOG = System.getLogger(OcspResponder.class.getName());

    private final OcspResponderConfig config;
    private final IssuerDirectory issuers;
    private final CertificateStatusSource statuses;
    private final Clock clock;
    private final OcspRequestParser parser;
    private final ResponseProducer producer;
    private final PreProducedResponses preProduced;
    private volatile boolean signsInProcess;

    public OcspResponder(OcspResponderConfig config, IssuerDirectory issuers, CertificateStatusSource statuses,
            Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.issuers = Objects.requireNonNull(issuers, "issuers");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.parser = new OcspRequestParser(config.maxRequestBytes(), config.maxCertIdsPerRequest(),
                config.maxNonceOctets());
        this.producer = new ResponseProducer(clock, config.responseValidity(), config.neverIssued());
        this.preProduced = new PreProducedResponses(config.cacheEntries(), config.neverIssuedCacheEntries(),
                config.responseValidity().minus(config.refreshBefore()));
    }

    /** Answers a DER request (the body of {@code POST /ocsp}). Never throws. */
    public OcspReply respond(byte[] requestDer) {
        return guarded(() -> answer(parser.parse(requestDer)));
    }

    /** Answers the encoded request of {@code GET /ocsp/{request}} (RFC 5019 §5). Never throws. */
    public OcspReply respondToGet(String encodedRequest) {
        return guarded(() -> answer(parser.parse(parser.decodeGet(encodedRequest))));
    }

    /**
     * The answer to a DER request when it needs neither a database read nor a signature: one
     * CertID, no nonce, and a fresh pre-produced response (or an answer any request gets without
     * either: malformedRequest, unauthorized). Empty otherwise — then {@link #respond} answers.
     * Cheap enough for an HTTP server's I/O thread; never blocks, never throws.
     */
    public Optional<OcspReply> cached(byte[] requestDer) {
        return fromMemory(() -> requestDer, false);
    }

    /** {@link #cached} for the encoded request of {@code GET /ocsp/{request}}. */
    public Optional<OcspReply> cachedGet(String encodedRequest) {
        return fromMemory(() -> parser.decodeGet(encodedRequest), false);
    }

    /**
     * Call after a status change of {@code serial} of {@code ca} is committed (revoked, held,
     * released, issued): its pre-produced responses are dropped and the next request re-reads it.
     */
    public void statusChanged(CaRef ca, SerialNumber serial) {
        preProduced.invalidate(ca, serial);
    }

    /** Call after {@code ca}'s certificate or responder credential changed in a way that needs re-signing. */
    public void issuerChanged(CaRef ca) {
        preProduced.invalidate(ca);
    }

    /**
     * Whether the responder token signs in this JVM ({@code CryptoToken#signsInProcess}: a soft
     * token), so that a signature never waits and an HTTP I/O thread may sign; false (the safe
     * answer for an HSM) until the deployable says otherwise.
     */
    public boolean signsInProcess() {
        return signsInProcess;
    }

    /** Set by the deployable once it holds the responder token: see {@link #signsInProcess()}. */
    public void signsInProcess(boolean inProcess) {
        this.signsInProcess = inProcess;
    }

    /** The pre-produced responses currently kept. */
    public int preProducedCount() {
        return preProduced.size();
    }

    PreProducedResponses preProduced() {
        return preProduced;
    }

    private OcspReply guarded(Supplier<OcspReply> work) {
        try {
            return work.get();
        } catch (GovCaException e) {
            return failure(e);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "OCSP request failed with an internal fault; answered internalError", e);
            return OcspReply.unsuccessful(OcspResponseStatus.INTERNAL_ERROR);
        }
    }

    private static OcspReply failure(GovCaException e) {
        switch (e.category()) {
            case MALFORMED:
            case TOO_LARGE:
                LOG.log(System.Logger.Level.DEBUG, "OCSP request refused as malformed: {0}", e.getMessage());
                return OcspReply.unsuccessful(OcspResponseStatus.MALFORMED_REQUEST);
            case UNAVAILABLE:
                LOG.log(System.Logger.Level.WARNING, "OCSP request answered tryLater: " + e.getMessage(), e);
                return OcspReply.unsuccessful(OcspResponseStatus.TRY_LATER);
            case UNAUTHENTICATED:
            case FORBIDDEN:
                return OcspReply.unsuccessful(OcspResponseStatus.UNAUTHORIZED);
            default:
                LOG.log(System.Logger.Level.ERROR, "OCSP request failed; answered internalError", e);
                return OcspReply.unsuccessful(OcspResponseStatus.INTERNAL_ERROR);
        }
    }

    private OcspReply answer(OcspRequest request) {
        if (config.requestSignature() == RequestSignaturePolicy.REQUIRE) {
            if (!request.signed()) {
                return OcspReply.unsuccessful(OcspResponseStatus.SIG_REQUIRED);
            }
            if (!request.signatureVerifies()) {
                return OcspReply.unsuccessful(OcspResponseStatus.UNAUTHORIZED);
            }
        }
        Optional<ServedIssuer> issuer = soleIssuer(request);
        if (issuer.isEmpty()) {
            return OcspReply.unsuccessful(OcspResponseStatus.UNAUTHORIZED);
        }
        if (request.nonce().isEmpty() && request.certIds().size() == 1) {
            return preProduced(issuer.get(), request.certIds().get(0));
        }
        return signedForRequest(issuer.get(), request);
    }

    /**
     * Like {@link #cached}, and also signs a response when every status it needs is in a fresh
     * pre-produced response: a nonce, several CertIDs (RFC 8954, RFC 6960 §4.1.1). Empty when a
     * status must be read from the source. Signs: call it off the HTTP server's I/O threads.
     * Never throws.
     */
    public Optional<OcspReply> signedFromMemory(byte[] requestDer) {
        return fromMemory(() -> requestDer, true);
    }

    private Optional<OcspReply> fromMemory(Supplier<byte[]> der, boolean sign) {
        if (config.requestSignature() == RequestSignaturePolicy.REQUIRE) {
            return Optional.empty();
        }
        try {
            byte[] requestDer = der.get();
            Optional<OcspReply> plainHit = plainHit(requestDer);
            if (plainHit.isPresent()) {
                return plainHit;
            }
            OcspRequest request = parser.parse(requestDer);
            Optional<ServedIssuer> issuer = soleIssuer(request);
            if (issuer.isEmpty()) {
                return Optional.of(OcspReply.unsuccessful(OcspResponseStatus.UNAUTHORIZED));
            }
            Instant now = clock.instant();
            if (request.nonce().isEmpty() && request.certIds().size() == 1) {
                PreProducedResponses.Key key = PreProducedResponses.Key.of(issuer.get().ca(), request.certIds().get(0));
                return preProduced.fresh(key, issuer.get().credential(), now).map(this::reply);
            }
            if (!sign) {
                return Optional.empty();
            }
            List<SingleAnswer> answers = new ArrayList<>(request.certIds().size());
            for (RequestedCertId id : request.certIds()) {
                if (id.serialNumber().isEmpty()) {
                    answers.add(new SingleAnswer(id, CertificateStatus.neverIssued()));
                    continue;
                }
                Optional<CertificateStatus> cached = preProduced.fresh(PreProducedResponses.Key.of(issuer.get().ca(), id),
                        issuer.get().credential(), now).map(ProducedResponse::status);
                if (cached.isEmpty()) {
                    return Optional.empty();
                }
                answers.add(new SingleAnswer(id, cached.get()));
            }
            return Optional.of(reply(producer.produce(issuer.get(), answers, request.nonce().orElse(null), false)));
        } catch (GovCaException e) {
            return e.category() == GovCaException.Category.MALFORMED || e.category() == GovCaException.Category.TOO_LARGE
                    || e.category() == GovCaException.Category.UNAVAILABLE ? Optional.of(failure(e)) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty(); // respond() answers it, and logs the fault
        }
    }

    /**
     * The pre-produced response to a request of the plain shape (one CertID, nothing else), found
     * without Bouncy Castle's parser; empty when the shape, the issuer or a fresh response is
     * missing — then the full parse answers, alike.
     */
    private Optional<OcspReply> plainHit(byte[] requestDer) {
        Optional<PlainCertIdRequest> plain = PlainCertIdRequest.read(requestDer, config.maxRequestBytes());
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        PlainCertIdRequest p = plain.get();
        Optional<ServedIssuer> issuer = issuers.find(p.issuer());
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        PreProducedResponses.Key key = new PreProducedResponses.Key(issuer.get().ca().id(), p.serial(),
                p.issuer().algorithm(), p.parametersAbsent());
        return preProduced.fresh(key, issuer.get().credential(), clock.instant()).map(this::reply);
    }

    private Optional<ServedIssuer> soleIssuer(OcspRequest request) {
        ServedIssuer found = null;
        for (RequestedCertId id : request.certIds()) {
            Optional<ServedIssuer> s = issuers.find(id);
            if (s.isEmpty() || found != null && found.ca().id() != s.get().ca().id()) {
                return Optional.empty();
            }
            found = s.get();
        }
        return Optional.ofNullable(found);
    }

    private OcspReply preProduced(ServedIssuer issuer, RequestedCertId id) {
        PreProducedResponses.Key key = PreProducedResponses.Key.of(issuer.ca(), id);
        Instant now = clock.instant();
        Optional<ProducedResponse> hit = preProduced.fresh(key, issuer.credential(), now);
        if (hit.isPresent()) {
            return reply(hit.get());
        }
        long generation = preProduced.generation(key);
        CertificateStatus status = id.serialNumber().map(s -> checked(statuses.status(issuer.ca(), s)))
                .orElse(CertificateStatus.neverIssued());
        ProducedResponse produced = producer.produce(issuer, List.of(new SingleAnswer(id, status)), null, true);
        preProduced.store(key, produced, status.kind() == CertificateStatus.Kind.NEVER_ISSUED, generation);
        return reply(produced);
    }

    private OcspReply signedForRequest(ServedIssuer issuer, OcspRequest request) {
        Instant now = clock.instant();
        Map<RequestedCertId, CertificateStatus> known = new HashMap<>();
        List<SerialNumber> serials = new ArrayList<>();
        for (RequestedCertId id : request.certIds()) {
            if (id.serialNumber().isEmpty() || id.hashAlgorithm().isEmpty()) {
                continue;
            }
            Optional<CertificateStatus> cached = preProduced.fresh(PreProducedResponses.Key.of(issuer.ca(), id),
                    issuer.credential(), now).map(ProducedResponse::status);
            if (cached.isPresent()) {
                known.put(id, cached.get());
            } else {
                serials.add(id.serialNumber().get());
            }
        }
        Map<SerialNumber, CertificateStatus> found = serials.isEmpty() ? Map.of()
                : statuses.statuses(issuer.ca(), serials);
        List<SingleAnswer> answers = new ArrayList<>(request.certIds().size());
        for (RequestedCertId id : request.certIds()) {
            CertificateStatus status = known.containsKey(id) ? known.get(id)
                    : id.serialNumber().map(s -> checked(found.get(s))).orElse(CertificateStatus.neverIssued());
            answers.add(new SingleAnswer(id, status));
        }
        return reply(producer.produce(issuer, answers, request.nonce().orElse(null), false));
    }

    private static CertificateStatus checked(CertificateStatus status) {
        if (status == null) {
            throw GovCaException.internal("the certificate status source returned no status", null);
        }
        return status;
    }

    private OcspReply reply(ProducedResponse r) {
        return OcspReply.successful(r.der(), r.producedAt(), r.thisUpdate(), r.nextUpdate(), r.etag(),
                config.httpMaxAge());
    }
}
