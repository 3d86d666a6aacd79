package vn.govca.ocsp.testing;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.govca.ocsp.application.IssuerDirectory;
import vn.govca.ocsp.application.OcspResponder;
import vn.govca.ocsp.application.OcspResponderConfig;
import vn.govca.ocsp.domain.BouncyCastle;
import vn.govca.ocsp.domain.CaRef;
import vn.govca.ocsp.domain.CertificateStatus;
import vn.govca.ocsp.domain.ResponderCredential;
import vn.govca.ocsp.domain.ServedIssuer;
import vn.govca.ocsp.infrastructure.TokenResponderCredentials;
import vn.govca.pki.domain.cert.CertificateBuilder;
import vn.govca.pki.domain.cert.IssuanceRequest;
import vn.govca.pki.domain.cert.SignedCertificate;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.name.SubjectName;
import vn.govca.pki.domain.token.CryptoToken;
import vn.govca.pki.domain.token.CryptoTokens;
import vn.govca.pki.domain.token.TokenConfig;
import vn.govca.pki.testing.TestKeys;
import vn.govca.pki.testing.TestPki;

/**
 * A root (EC P-384) and an issuing CA (EC P-256) from pki-core's {@link TestPki}, the issuing CA's
 * delegated responder certificate (P-256, 30 days), leaf certificates on demand, a fresh in-memory
 * status book and a fresh movable clock per fixture.
 *
 * <p>The hierarchy and the plain-JCA responder key are built once per JVM and never change (as
 * pki-core's {@link TestKeys} shares its keys): building them costs about half a second.
 * {@link #withToken(Path)} instead puts the responder key into a soft token of its own, as
 * production does. The clock starts a minute before the hierarchy was built, at the real time, so
 * that openssl — which checks certificates at the real time — accepts the chain.
 */
public final class OcspTestPki {

    public static final String RESPONDER_ALIAS = "ocsp-responder";

    private record Hierarchy(Instant start, TestPki pki, KeyPair responderKey, SignedCertificate responderCertificate) {
    }

    private static Hierarchy shared;

    public final MutableClock clock;
    public final TestPki pki;
    public final CaRef ca = new CaRef(2, TestPki.SUB_NAME);
    public final SignedCertificate responderCertificate;
    public final ResponderCredential credential;
    public final ServedIssuer issuer;
    public final StatusBook statuses = new StatusBook();
    private final ResponderCredential.SignerSource signers;

    private OcspTestPki(Hierarchy h, SignedCertificate responderCertificate, ResponderCredential.SignerSource signers) {
        this.clock = new MutableClock(h.start());
        this.pki = h.pki();
        this.responderCertificate = responderCertificate;
        this.signers = signers;
        this.credential = ResponderCredential.of(responderCertificate.holder(), signers);
        this.issuer = new ServedIssuer(ca, pki.sub.holder(), credential);
    }

    /** The shared hierarchy with a plain-JCA responder key signing through Bouncy Castle. */
    public static OcspTestPki create() {
        Hierarchy h = hierarchy();
        return new OcspTestPki(h, h.responderCertificate(), () -> bcSigner(h.responderKey()));
    }

    /** The shared hierarchy with a new responder key in a soft token in {@code dir}. */
    public static OcspTestPki withToken(Path dir) {
        Hierarchy h = hierarchy();
        CryptoToken token = CryptoTokens.open(TokenConfig.soft("ocsp", dir.resolve("ocsp.p12"),
                "test-only-pw".toCharArray()));
        token.activate();
        PublicKey key = TokenResponderCredentials.ensureKey(token, RESPONDER_ALIAS, KeySpec.EC_P256);
        SignedCertificate cert = responderCertificate(h.pki(), key, h.start(), 30);
        return new OcspTestPki(h, cert, () -> token.signer(RESPONDER_ALIAS));
    }

    private static synchronized Hierarchy hierarchy() {
        if (shared == null) {
            Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
            TestPki pki = TestPki.create(KeySpec.EC_P384, KeySpec.EC_P256, Clock.fixed(start, ZoneOffset.UTC));
            KeyPair key = TestKeys.shared(KeySpec.EC_P256, 7);
            shared = new Hierarchy(start, pki, key, responderCertificate(pki, key.getPublic(), start, 30));
        }
        return shared;
    }

    /**
     * Another CA ({@code other}'s issuing CA) served as {@code ref}, delegating to the same
     * plain-JCA responder key as {@link #create()}, certified by that CA.
     */
    public static ServedIssuer otherIssuer(TestPki other, CaRef ref) {
        Hierarchy h = hierarchy();
        SignedCertificate cert = responderCertificate(other, h.responderKey().getPublic(), h.start(), 30);
        return new ServedIssuer(ref, other.sub.holder(),
                ResponderCredential.of(cert.holder(), () -> bcSigner(h.responderKey())));
    }

    /**
     * A Bouncy Castle ECDSA signer with a DRBG of its own: the JDK's default SecureRandom
     * (NativePRNG) costs a third of the signing rate (see the module README).
     */
    private static org.bouncycastle.operator.ContentSigner bcSigner(KeyPair key) {
        try {
            return new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BouncyCastle.provider())
                    .setSecureRandom(SecureRandom.getInstance("DRBG")).build(key.getPrivate());
        } catch (OperatorCreationException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SignedCertificate responderCertificate(TestPki pki, PublicKey key, Instant from, int days) {
        IssuanceRequest request = IssuanceRequest.builder(pki.profiles.get("ocsp-responder"), pki.subIssuer())
                .subject(SubjectName.parse("C=VN, O=Ban Cơ yếu Chính phủ, CN=OCSP " + TestPki.SUB_NAME))
                .publicKey(key).validityDays(days).build();
        return CertificateBuilder.prepare(request, TestPki.serial(), Clock.fixed(from, ZoneOffset.UTC))
                .sign(pki.subSigner());
    }

    /** A responder certificate of the issuing CA for {@code key}, valid 30 days from the clock's time. */
    public SignedCertificate responderCertificateFor(PublicKey key) {
        return responderCertificate(pki, key, clock.instant(), 30);
    }

    /** A new responder certificate for the same key, valid 30 days from the clock's time, bound to its signers. */
    public ResponderCredential renewedCredential() {
        SignedCertificate cert = responderCertificate(pki, responderCertificate.certificate().getPublicKey(),
                clock.instant(), 30);
        return ResponderCredential.of(cert.holder(), signers);
    }

    /** A personal certificate of the issuing CA, recorded as good. */
    public SignedCertificate issueGood(String citizenId) {
        IssuanceRequest request = IssuanceRequest.builder(pki.profiles.get("personal"), pki.subIssuer())
                .subject(SubjectName.parse("C=VN, CN=Phạm Văn A, UID=CCCD:" + citizenId))
                .publicKey(TestKeys.leaf(KeySpec.EC_P256).getPublic()).validityDays(365).build();
        SignedCertificate cert = CertificateBuilder.prepare(request, TestPki.serial(), clock).sign(pki.subSigner());
        statuses.record(ca, cert.serial(), CertificateStatus.good(cert.holder().getNotAfter().toInstant()));
        return cert;
    }

    public IssuerDirectory directory() {
        return IssuerDirectory.of(List.of(issuer));
    }

    public OcspResponder responder(OcspResponderConfig config) {
        return new OcspResponder(config, directory(), statuses, clock);
    }

    public OcspResponder responder() {
        return responder(OcspResponderConfig.defaults());
    }

    /** Moves the clock by {@code d}. */
    public void advance(Duration d) {
        clock.advance(d);
    }
}
