package vn.govca.pki.testing;

import java.net.URI;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bouncycastle.operator.ContentSigner;
import vn.govca.pki.domain.cert.CertificateBuilder;
import vn.govca.pki.domain.cert.IssuanceRequest;
import vn.govca.pki.domain.cert.IssuerContext;
import vn.govca.pki.domain.cert.PublicationPoints;
import vn.govca.pki.domain.cert.SerialNumber;
import vn.govca.pki.domain.cert.SignedCertificate;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.key.SignatureAlgorithm;
import vn.govca.pki.domain.name.SubjectName;
import vn.govca.pki.domain.profile.ProfileLoader;
import vn.govca.pki.domain.profile.ProfileSet;

/**
 * A two-level test hierarchy built through the production path (root-ca and sub-ca profiles,
 * {@link CertificateBuilder}, {@link vn.govca.pki.domain.cert.PreparedCertificate#sign}), with a
 * fixed clock. Each call to {@link #create} builds a new, independent hierarchy.
 */
public final class TestPki {

    /** The fixed signing time of the tests. */
    public static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");
    public static final URI BASE_URL = URI.create("http://pki.govca.test");
    public static final String ROOT_NAME = "root-g2";
    public static final String SUB_NAME = "nha-nuoc-g2";
    public static final SubjectName ROOT_DN =
            SubjectName.parse("C=VN, O=Ban Cơ yếu Chính phủ, CN=RootCA chuyên dùng Chính phủ G2");
    public static final SubjectName SUB_DN =
            SubjectName.parse("C=VN, O=Ban Cơ yếu Chính phủ, CN=CA phục vụ các cơ quan Nhà nước G2");

    public final ProfileSet profiles;
    public final KeyPair rootKey;
    public final KeyPair subKey;
    public final SignedCertificate root;
    public final SignedCertificate sub;
    public final SignatureAlgorithm rootAlgorithm;
    public final SignatureAlgorithm subAlgorithm;
    /** The clock the hierarchy was built with. */
    public final Clock built;

    private TestPki(ProfileSet profiles, KeyPair rootKey, KeyPair subKey, SignedCertificate root,
            SignedCertificate sub, SignatureAlgorithm rootAlgorithm, SignatureAlgorithm subAlgorithm, Clock built) {
        this.profiles = profiles;
        this.rootKey = rootKey;
        this.subKey = subKey;
        this.root = root;
        this.sub = sub;
        this.rootAlgorithm = rootAlgorithm;
        this.subAlgorithm = subAlgorithm;
        this.built = built;
    }

    public static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    public static SerialNumber serial() {
        return SerialNumber.random(new SecureRandom());
    }

    /** Root with a shared key of {@code rootSpec}, sub CA with a shared key of {@code subSpec}. */
    public static TestPki create(KeySpec rootSpec, KeySpec subSpec) {
        return create(rootSpec, subSpec, clock());
    }

    /** As {@link #create(KeySpec, KeySpec)}, signed at the time of {@code clock}. */
    public static TestPki create(KeySpec rootSpec, KeySpec subSpec, Clock clock) {
        ProfileSet profiles = ProfileLoader.bundled();
        KeyPair rootKey = TestKeys.shared(rootSpec);
        KeyPair subKey = TestKeys.shared(subSpec, 2);
        SignatureAlgorithm rootAlg = SignatureAlgorithm.defaultFor(rootSpec);
        SignatureAlgorithm subAlg = SignatureAlgorithm.defaultFor(subSpec);
        SignedCertificate root = CertificateBuilder.prepare(
                IssuanceRequest.builder(profiles.get("root-ca"), IssuerContext.selfSigned(rootAlg))
                        .subject(ROOT_DN).publicKey(rootKey.getPublic()).validityDays(7305).build(),
                serial(), clock).sign(TestKeys.signer(rootKey.getPrivate(), rootAlg));
        SignedCertificate sub = CertificateBuilder.prepare(
                IssuanceRequest.builder(profiles.get("sub-ca"), IssuerContext.of(root.holder(), rootAlg,
                                new PublicationPoints(BASE_URL, ROOT_NAME, false)))
                        .subject(SUB_DN).publicKey(subKey.getPublic()).validityDays(3653).build(),
                serial(), clock).sign(TestKeys.signer(rootKey.getPrivate(), rootAlg));
        return new TestPki(profiles, rootKey, subKey, root, sub, rootAlg, subAlg, clock);
    }

    /** The sub CA as an issuer, publishing under {@link #BASE_URL} with or without delta CRLs. */
    public IssuerContext subIssuer(boolean deltaCrl) {
        return IssuerContext.of(sub.holder(), subAlgorithm, new PublicationPoints(BASE_URL, SUB_NAME, deltaCrl));
    }

    public IssuerContext subIssuer() {
        return subIssuer(false);
    }

    public ContentSigner subSigner() {
        return TestKeys.signer(subKey.getPrivate(), subAlgorithm);
    }
}
