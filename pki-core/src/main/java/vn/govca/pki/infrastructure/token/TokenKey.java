package vn.govca.pki.infrastructure.token;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Objects;
import vn.govca.pki.domain.key.KeySpec;

/**
 * A key pair as held in memory by a token: for a soft token the decrypted private key, for a
 * PKCS#11 token a handle to a sensitive, non-extractable token object. Never leaves this package.
 */
final class TokenKey {

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final KeySpec spec;

    TokenKey(PrivateKey privateKey, PublicKey publicKey, KeySpec spec) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.publicKey = Objects.requireNonNull(publicKey, "publicKey");
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    PublicKey publicKey() {
        return publicKey;
    }

    KeySpec spec() {
        return spec;
    }

    /** Names the key type only: a private key's own {@code toString} may print key material. */
    @Override
    public String toString() {
        return "TokenKey[" + spec.externalName() + "]";
    }
}
