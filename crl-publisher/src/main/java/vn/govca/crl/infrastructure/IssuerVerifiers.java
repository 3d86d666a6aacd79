package vn.govca.crl.infrastructure;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.key.PublicKeys;
import vn.govca.pki.domain.key.SignatureAlgorithm;

/**
 * Streaming signature verifiers over an issuer's public key, with the JDK's own providers (no
 * Bouncy Castle provider is registered), for the algorithms GovCA signs with.
 */
final class IssuerVerifiers {

    private IssuerVerifiers() {
    }

    /**
     * @throws GovCaException MALFORMED if {@code algorithm} is not one of
     *     {@link SignatureAlgorithm} or the key cannot be used; INTERNAL if no verifier can be made
     */
    static ContentVerifier of(SubjectPublicKeyInfo issuerKey, AlgorithmIdentifier algorithm) {
        if (SignatureAlgorithm.of(algorithm).isEmpty()) {
            throw GovCaException.malformed("signature algorithm " + algorithm.getAlgorithm()
                    + " is not one GovCA signs CRLs with");
        }
        try {
            return new JcaContentVerifierProviderBuilder().build(PublicKeys.toJca(issuerKey)).get(algorithm);
        } catch (OperatorCreationException e) {
            throw GovCaException.internal("no verifier for " + algorithm.getAlgorithm() + " with the issuer key", e);
        }
    }
}
