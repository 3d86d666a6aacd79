package vn.govca.ocsp.infrastructure;

import java.security.PublicKey;
import java.util.Objects;
import org.bouncycastle.cert.X509CertificateHolder;
import vn.govca.ocsp.domain.ResponderCredential;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.token.CryptoToken;

/**
 * Binds responder credentials to the responder's own crypto token (soft PKCS#12 or PKCS#11), the
 * only keys this module holds (DESIGN invariant 3: generated inside the token, never leaving it).
 * The token is the responder's, never a CA's: the CA certifies the public key that
 * {@link #ensureKey} returns and hands back the delegated certificate.
 *
 * <p>Signing speed is the token's: pki-core's soft token signs ECDSA with Bouncy Castle (several
 * times SunEC's P-256 rate); a PKCS#11 token signs at the HSM's rate.
 */
public final class TokenResponderCredentials {

    private TokenResponderCredentials() {
    }

    /**
     * The public key of the responder key {@code alias} in {@code token}, generating the key pair
     * inside the token first if it does not exist. The token must be active.
     *
     * @throws vn.govca.pki.domain.GovCaException UNAVAILABLE if the token is not active
     */
    public static PublicKey ensureKey(CryptoToken token, String alias, KeySpec spec) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(spec, "spec");
        return token.hasKey(alias) ? token.publicKey(alias) : token.generateKeyPair(alias, spec);
    }

    /**
     * The credential of {@code responderCertificate}, signing with key {@code alias} of
     * {@code token} and its default signature algorithm (ECDSA P-256 → SHA256withECDSA).
     *
     * @throws vn.govca.pki.domain.GovCaException NOT_FOUND if the key is missing, POLICY_VIOLATION
     *     if the certificate is unfit for delegated OCSP signing or not for that key
     */
    public static ResponderCredential credential(CryptoToken token, String alias,
            X509CertificateHolder responderCertificate) {
        Objects.requireNonNull(token, "token");
        token.publicKey(alias);
        return ResponderCredential.of(responderCertificate, () -> token.signer(alias));
    }
}
