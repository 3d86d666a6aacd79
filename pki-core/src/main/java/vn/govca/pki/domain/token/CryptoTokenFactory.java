package vn.govca.pki.domain.token;

/**
 * Service-provider interface through which {@link CryptoTokens} finds the token implementations
 * (registered in {@code META-INF/services}), so that this domain package never depends on the
 * infrastructure that talks to PKCS#11 or the file system.
 */
public interface CryptoTokenFactory {

    /** Whether this factory opens tokens of {@code type}. */
    boolean supports(TokenType type);

    /** Creates a token for {@code config}, not yet activated. */
    CryptoToken create(TokenConfig config);
}
