package vn.govca.ocsp.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.ResponderID;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.der.DerFraming;

/**
 * A delegated OCSP responder's certificate and the signers of its key (RFC 6960 §4.2.2.2): the
 * CA certifies a key that lives in the responder's own token, with id-kp-OCSPSigning and
 * id-pkix-ocsp-nocheck (§4.2.2.2.1) and a short validity, so the responder never needs the CA key
 * (DESIGN). Signers come from a {@link SignerSource} — in production a
 * {@link vn.govca.pki.domain.token.CryptoToken} — and are pooled, because a Bouncy Castle
 * {@link ContentSigner} may be reused by one thread at a time and creating one costs about as much
 * as a signature.
 *
 * <p>{@link #of} refuses a certificate that is not fit for delegated signing and a signer whose key
 * does not match the certificate (checked with a probe signature), so that a wrong key or
 * certificate stops the responder at start-up instead of producing responses clients reject.
 * The responder ID is by key hash (RFC 5019 §2.2.2, RFC 6960 §4.2.2.3).
 */
public final class ResponderCredential {

    /** Makes a new signer for the responder key; called again whenever the pool is empty. */
    @FunctionalInterface
    public interface SignerSource {
        ContentSigner newSigner();
    }

    private static final int POOL_LIMIT = 64;
    private static final byte[] PROBE = "GovCA OCSP responder key probe".getBytes(StandardCharsets.US_ASCII);

    private final X509CertificateHolder certificate;
    private final X509CertificateHolder[] chain;
    private final RespID responderId;
    private final byte[] responderIdDer;
    private final byte[] certsDer;
    private final Instant notBefore;
    private final Instant notAfter;
    private final SignerSource signers;
    private final ContentVerifierProvider verifier;
    private final ConcurrentLinkedQueue<ContentSigner> pool = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pooled = new AtomicInteger();

    private ResponderCredential(X509CertificateHolder certificate, SignerSource signers,
            ContentVerifierProvider verifier) {
        this.certificate = certificate;
        this.chain = new X509CertificateHolder[] {certificate};
        this.notBefore = certificate.getNotBefore().toInstant();
        this.notAfter = certificate.getNotAfter().toInstant();
        byte[] keyHash = CertIdHashAlgorithm.SHA1.digest(
                certificate.getSubjectPublicKeyInfo().getPublicKeyData().getBytes());
        ResponderID id = new ResponderID(new DEROctetString(keyHash));
        this.responderId = new RespID(id);
        try {
            this.responderIdDer = id.getEncoded(ASN1Encoding.DER);
            this.certsDer = DerFraming.tlv(DerFraming.CONTEXT_0, DerFraming.tlv(DerFraming.SEQUENCE,
                    certificate.toASN1Structure().getEncoded(ASN1Encoding.DER)));
        } catch (IOException e) {
            throw GovCaException.internal("cannot encode responder certificate " + certificate.getSubject(), e);
        }
        this.signers = signers;
        this.verifier = verifier;
    }

    /**
     * Binds the responder certificate to its key's signers.
     *
     * @throws GovCaException POLICY_VIOLATION if the certificate lacks id-kp-OCSPSigning or
     *     id-pkix-ocsp-nocheck, is a CA certificate, has a key usage without digitalSignature, or if
     *     the signer's key does not match the certificate; UNAVAILABLE if the signer cannot sign
     */
    public static ResponderCredential of(X509CertificateHolder certificate, SignerSource signers) {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(signers, "signers");
        checkFitForDelegation(certificate);
        ContentVerifierProvider verifier;
        try {
            verifier = new JcaContentVerifierProviderBuilder().setProvider(BouncyCastle.provider()).build(certificate);
        } catch (OperatorCreationException | CertificateException e) {
            throw GovCaException.policy("responder certificate " + certificate.getSubject()
                    + " has a public key this responder cannot use: " + e.getMessage());
        }
        ResponderCredential credential = new ResponderCredential(certificate, signers, verifier);
        credential.probe();
        return credential;
    }

    private static void checkFitForDelegation(X509CertificateHolder c) {
        String who = "responder certificate " + c.getSubject();
        ExtendedKeyUsage eku = ExtendedKeyUsage.fromExtensions(c.getExtensions());
        if (eku == null || !eku.hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning)) {
            throw GovCaException.policy(who + " lacks id-kp-OCSPSigning, which a delegated responder"
                    + " needs (RFC 6960 section 4.2.2.2)");
        }
        if (c.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck) == null) {
            throw GovCaException.policy(who + " lacks id-pkix-ocsp-nocheck, so relying parties could not"
                    + " check its status (RFC 6960 section 4.2.2.2.1)");
        }
        KeyUsage ku = KeyUsage.fromExtensions(c.getExtensions());
        if (ku != null && !ku.hasUsages(KeyUsage.digitalSignature)) {
            throw GovCaException.policy(who + " has a key usage without digitalSignature");
        }
        BasicConstraints bc = BasicConstraints.fromExtensions(c.getExtensions());
        if (bc != null && bc.isCA()) {
            throw GovCaException.policy(who + " is a CA certificate; a delegated responder must not be one");
        }
    }

    private void probe() {
        ContentSigner signer = signers.newSigner();
        write(signer.getOutputStream(), PROBE);
        byte[] signature = signer.getSignature();
        boolean matches;
        try {
            ContentVerifier v = verifier.get(signer.getAlgorithmIdentifier());
            write(v.getOutputStream(), PROBE);
            matches = v.verify(signature);
        } catch (OperatorCreationException e) {
            throw GovCaException.policy("responder certificate " + certificate.getSubject()
                    + " cannot verify the signature algorithm of its key: " + e.getMessage());
        }
        if (!matches) {
            throw GovCaException.policy("the responder key in the token does not match responder certificate "
                    + certificate.getSubject() + " (serial " + certificate.getSerialNumber().toString(16) + ")");
        }
        pool.offer(signer);
        pooled.incrementAndGet();
    }

    private static void write(OutputStream out, byte[] data) {
        try {
            out.write(data);
            out.close();
        } catch (IOException e) {
            throw GovCaException.internal("cannot feed data to a signer", e);
        }
    }

    /**
     * Runs {@code action} with a signer of the responder key, borrowed from the pool and returned
     * to it if the action completes normally (a failed signer is dropped).
     */
    public <T> T sign(Function<ContentSigner, T> action) {
        ContentSigner signer = pool.poll();
        if (signer == null) {
            signer = signers.newSigner();
        } else {
            pooled.decrementAndGet();
        }
        T result = action.apply(signer);
        if (pooled.incrementAndGet() <= POOL_LIMIT) {
            pool.offer(signer);
        } else {
            pooled.decrementAndGet();
        }
        return result;
    }

    /** Whether {@code response} carries a valid signature of this responder's key. */
    public boolean verifies(BasicOCSPResp response) {
        try {
            return response.isSignatureValid(verifier);
        } catch (OCSPException e) {
            throw GovCaException.internal("cannot verify an OCSP response signature", e);
        }
    }

    public X509CertificateHolder certificate() {
        return certificate;
    }

    /** The certificates to put into {@code BasicOCSPResponse.certs}: the responder certificate. */
    public X509CertificateHolder[] chain() {
        return chain.clone();
    }

    /** The responder ID by key hash (RFC 5019 §2.2.2). */
    public RespID responderId() {
        return responderId;
    }

    /** The DER of {@link #responderId()} ({@code ResponderID}, by key hash). */
    public byte[] responderIdDer() {
        return responderIdDer.clone();
    }

    /** The DER of {@code BasicOCSPResponse.certs}: {@code [0] EXPLICIT SEQUENCE OF Certificate} of {@link #chain()}. */
    public byte[] certsDer() {
        return certsDer.clone();
    }

    public BigInteger serial() {
        return certificate.getSerialNumber();
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Instant notAfter() {
        return notAfter;
    }

    /** Whether the certificate is within its validity at {@code instant}. */
    public boolean isValidAt(Instant instant) {
        return !instant.isBefore(notBefore()) && !instant.isAfter(notAfter());
    }

    /** Whether the certificate expires within {@code margin} of {@code now}: the CA should renew it. */
    public boolean renewalDue(Instant now, Duration margin) {
        return !now.plus(margin).isBefore(notAfter());
    }

    @Override
    public String toString() {
        return "ResponderCredential[" + certificate.getSubject() + ", serial " + serial().toString(16)
                + ", until " + notAfter() + "]";
    }
}
