package vn.govca.pki.domain.key;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import vn.govca.pki.domain.GovCaException;

/**
 * Converts a supported subject public key (see {@link KeySpec}) to a JCA key of the JDK's own
 * providers, for verifying signatures without registering a provider.
 */
public final class PublicKeys {

    private PublicKeys() {
    }

    /**
     * @throws GovCaException as {@link KeySpec#of}; MALFORMED if the JDK cannot decode the key
     */
    public static PublicKey toJca(SubjectPublicKeyInfo spki) {
        KeySpec spec = KeySpec.of(spki);
        try {
            return KeyFactory.getInstance(spec.algorithm())
                    .generatePublic(new X509EncodedKeySpec(spki.getEncoded()));
        } catch (GeneralSecurityException | IOException e) {
            throw GovCaException.malformed("public key cannot be decoded", e);
        }
    }
}
