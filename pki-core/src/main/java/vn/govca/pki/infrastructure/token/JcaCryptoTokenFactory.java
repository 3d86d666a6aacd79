package vn.govca.pki.infrastructure.token;

import vn.govca.pki.domain.token.CryptoToken;
import vn.govca.pki.domain.token.CryptoTokenFactory;
import vn.govca.pki.domain.token.TokenConfig;
import vn.govca.pki.domain.token.TokenType;

/**
 * Registers the soft (PKCS#12) and PKCS#11 tokens with
 * {@link vn.govca.pki.domain.token.CryptoTokens} through {@code META-INF/services}.
 */
public final class JcaCryptoTokenFactory implements CryptoTokenFactory {

    @Override
    public boolean supports(TokenType type) {
        return type == TokenType.SOFT || type == TokenType.PKCS11;
    }

    @Override
    public CryptoToken create(TokenConfig config) {
        return config.type() == TokenType.SOFT ? new SoftCryptoToken(config) : new Pkcs11CryptoToken(config);
    }
}
