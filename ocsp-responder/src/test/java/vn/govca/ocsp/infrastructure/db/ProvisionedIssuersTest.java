package vn.govca.ocsp.infrastructure.db;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.govca.db.domain.CaKey;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.domain.CertificateRecord;
import vn.govca.db.domain.SerialHex;
import vn.govca.db.domain.Sha256Hex;
import vn.govca.db.infrastructure.CertificateAuthorityRepository;
import vn.govca.db.infrastructure.CertificateRepository;
import vn.govca.db.testkit.DatabaseFixture;
import vn.govca.db.testkit.DatabaseKind;
import vn.govca.ocsp.application.IssuerDirectory;
import vn.govca.ocsp.application.OcspResponder;
import vn.govca.ocsp.application.OcspResponderConfig;
import vn.govca.ocsp.domain.CaRef;
import vn.govca.ocsp.domain.CertIdHashAlgorithm;
import vn.govca.ocsp.domain.OcspResponseStatus;
import vn.govca.ocsp.testing.OcspTestPki;
import vn.govca.ocsp.testing.Requests;
import vn.govca.pki.domain.cert.SignedCertificate;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.token.CryptoToken;
import vn.govca.pki.domain.token.CryptoTokens;
import vn.govca.pki.domain.token.TokenConfig;

/**
 * What a validation node serves, read from a real (H2) database of record and a real soft token:
 * a CA is served only with its key in the token and a current, unrevoked responder certificate
 * stored for that key; status and status changes come from the certificate table (DESIGN
 * invariant 5: never a wrong answer).
 */
class ProvisionedIssuersTest {

    @TempDir
    Path dir;

    private DatabaseFixture db;
    private EntityManager em;
    private OcspTestPki pki;
    private CryptoToken token;
    private String alias;
    private long caId;

    @BeforeEach
    void setUp() {
        db = DatabaseFixture.migrated(DatabaseKind.H2);
        em = db.emf().createEntityManager();
        pki = OcspTestPki.create();
        token = CryptoTokens.open(TokenConfig.soft("ocsp", dir.resolve("ocsp.p12"), "test-only-pw".toCharArray()));
        token.activate();
        alias = ResponderCertificateStore.alias(pki.ca.name());
        caId = db.inTransaction(e -> {
            CertificateAuthorityRecord ca = CertificateAuthorityRecord.awaitingCertificate(pki.ca.name(),
                    pki.pki.sub.holder().getSubject().toString(), new CaKey("issuing", "issuing-key", "EC_P256",
                            "SHA256withECDSA"), null, now());
            ca.activate(pki.pki.sub.der(), SerialHex.of(pki.pki.sub.serial().hex()),
                    pki.pki.sub.holder().getNotBefore().toInstant(), pki.pki.sub.holder().getNotAfter().toInstant(),
                    now());
            return new CertificateAuthorityRepository(e).add(ca).id();
        });
    }

    @AfterEach
    void tearDown() {
        em.close();
        token.close();
        db.close();
    }

    @Test
    void refresh_keyAndCurrentCertificate_servedAndAnswersFromTheDatabase() {
        SignedCertificate responderCert = storeResponderCertificate(keyInToken());
        SignedCertificate leaf = store(pki.issueGood("001099012345"), "personal");
        IssuerDirectory issuers = new IssuerDirectory();

        Map<String, String> report = refresh(issuers);

        assertThat(report.get(pki.ca.name())).startsWith("served");
        assertThat(issuers.get(ref()).orElseThrow().credential().serial())
                .isEqualTo(responderCert.holder().getSerialNumber());
        OcspResponder responder = new OcspResponder(OcspResponderConfig.defaults(), issuers,
                new DatabaseStatusSource(em), pki.clock);
        OCSPResp good = parse(responder.respond(Requests.of(pki.pki.sub.holder(), CertIdHashAlgorithm.SHA1, leaf.serial().value())));
        assertThat(good.getStatus()).isEqualTo(OCSPResp.SUCCESSFUL);
        assertThat(single(good)).isNull();
    }

    @Test
    void refresh_noKeyInToken_notServedUnauthorized() {
        storeResponderCertificate(otherKey()); // provisioned for another node's key: this token lacks the alias
        IssuerDirectory issuers = new IssuerDirectory();

        Map<String, String> report = refresh(issuers);

        assertThat(report.get(pki.ca.name())).startsWith("not served").contains(alias);
        assertThat(issuers.issuers()).isEmpty();
    }

    @Test
    void refresh_certificateForAnotherKeyOnly_notServed() {
        keyInToken();
        storeResponderCertificate(otherKey());
        IssuerDirectory issuers = new IssuerDirectory();

        assertThat(refresh(issuers).get(pki.ca.name())).startsWith("not served");
        assertThat(issuers.issuers()).isEmpty();
    }

    @Test
    void refresh_responderCertificateRevokedByCa_droppedNeverUsedAgain() {
        SignedCertificate responderCert = storeResponderCertificate(keyInToken());
        IssuerDirectory issuers = new IssuerDirectory();
        refresh(issuers);
        assertThat(issuers.issuers()).hasSize(1);

        revoke(responderCert);

        assertThat(refresh(issuers).get(pki.ca.name())).startsWith("not served");
        assertThat(issuers.issuers()).isEmpty();
    }

    @Test
    void refresh_renewedCertificateStored_newestServed() {
        PublicKey key = keyInToken();
        storeResponderCertificate(key);
        IssuerDirectory issuers = new IssuerDirectory();
        refresh(issuers);
        pki.advance(java.time.Duration.ofDays(1));
        SignedCertificate renewed = storeResponderCertificate(key);

        refresh(issuers);

        assertThat(issuers.get(ref()).orElseThrow().credential().serial())
                .isEqualTo(renewed.holder().getSerialNumber());
    }

    @Test
    void refresh_caDisabled_dropped() {
        storeResponderCertificate(keyInToken());
        IssuerDirectory issuers = new IssuerDirectory();
        refresh(issuers);
        db.runInTransaction(e -> new CertificateAuthorityRepository(e).findById(caId).orElseThrow().disable(now()));

        assertThat(refresh(issuers).get(pki.ca.name())).startsWith("not served");
        assertThat(issuers.issuers()).isEmpty();
    }

    @Test
    void refresh_noToken_nothingServed() {
        storeResponderCertificate(keyInToken());
        IssuerDirectory issuers = new IssuerDirectory();

        Map<String, String> report = new ProvisionedIssuers(em, pki.clock).refresh(issuers, Optional.empty());

        assertThat(report.get(pki.ca.name())).contains("responder token");
        assertThat(issuers.issuers()).isEmpty();
    }

    @Test
    void poll_certificateRevokedAfterStart_reportedOnceAndAnsweredRevoked() {
        storeResponderCertificate(keyInToken());
        SignedCertificate leaf = store(pki.issueGood("001099054321"), "personal");
        IssuerDirectory issuers = new IssuerDirectory();
        refresh(issuers);
        OcspResponder responder = new OcspResponder(OcspResponderConfig.defaults(), issuers,
                new DatabaseStatusSource(em), pki.clock);
        byte[] request = Requests.of(pki.pki.sub.holder(), CertIdHashAlgorithm.SHA1, leaf.serial().value());
        assertThat(single(parse(responder.respond(request)))).as("good, pre-produced").isNull();
        DatabaseStatusFollower follower = new DatabaseStatusFollower(em, java.time.Clock.systemUTC());
        follower.poll(List.of(ref()), (ca, serial) -> { }); // starts following (and sees the recent inserts)
        List<String> changed = new ArrayList<>();

        revoke(leaf);
        follower.poll(List.of(ref()), (ca, serial) -> {
            changed.add(serial);
            responder.statusChanged(ca, vn.govca.pki.domain.cert.SerialNumber.fromHex(serial));
        });
        follower.poll(List.of(ref()), (ca, serial) -> changed.add(serial));

        assertThat(changed).as("the revocation, reported once").containsExactly(leaf.serial().hex());
        assertThat(single(parse(responder.respond(request)))).isInstanceOfSatisfying(RevokedStatus.class,
                r -> assertThat(r.getRevocationReason()).isEqualTo(1));
    }

    // ------------------------------------------------------------------------------------------

    private Map<String, String> refresh(IssuerDirectory issuers) {
        em.clear(); // as a container's transaction-scoped entity manager: fresh state per call
        return new ProvisionedIssuers(em, pki.clock).refresh(issuers, Optional.of(token));
    }

    private CaRef ref() {
        return new CaRef(caId, pki.ca.name());
    }

    private PublicKey keyInToken() {
        return token.generateKeyPair(alias, KeySpec.EC_P256);
    }

    private PublicKey otherKey() {
        return token.generateKeyPair("not-" + alias, KeySpec.EC_P256);
    }

    private SignedCertificate storeResponderCertificate(PublicKey key) {
        return store(pki.responderCertificateFor(key), ResponderCertificateStore.PROFILE);
    }

    private SignedCertificate store(SignedCertificate cert, String profile) {
        db.runInTransaction(e -> {
            CertificateRecord row = CertificateRecord.reserve(caId, SerialHex.of(cert.serial().hex()),
                    cert.holder().getSubject().toString(), "test", profile,
                    cert.holder().getNotBefore().toInstant(), cert.holder().getNotAfter().toInstant(), now());
            new CertificateRepository(e).reserve(row);
            byte[] der = cert.der();
            row.markSigned(der, Sha256Hex.digestOf(der), now());
        });
        return cert;
    }

    private void revoke(SignedCertificate cert) {
        db.runInTransaction(e -> new CertificateRepository(e).findBySerial(caId, SerialHex.of(cert.serial().hex()))
                .orElseThrow().revoke(1, Instant.now(), null));
    }

    private static Instant now() {
        return Instant.now();
    }

    private static OCSPResp parse(vn.govca.ocsp.domain.OcspReply reply) {
        try {
            return new OCSPResp(reply.der());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object single(OCSPResp resp) {
        assertThat(resp.getStatus()).isEqualTo(OcspResponseStatus.SUCCESSFUL.code());
        try {
            return ((BasicOCSPResp) resp.getResponseObject()).getResponses()[0].getCertStatus();
        } catch (org.bouncycastle.cert.ocsp.OCSPException e) {
            throw new IllegalStateException(e);
        }
    }
}
