package vn.govca.pki.domain.token;

import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import vn.govca.pki.domain.GovCaException;

/**
 * Opens crypto tokens from their configuration. The implementations (soft PKCS#12 and PKCS#11)
 * live in {@code vn.govca.pki.infrastructure.token} and are found through
 * {@link CryptoTokenFactory}, keeping the private-key handling in that one package
 * (DESIGN invariant 3).
 */
public final class CryptoTokens {

    private static final List<CryptoTokenFactory> FACTORIES = ServiceLoader
            .load(CryptoTokenFactory.class, CryptoTokenFactory.class.getClassLoader())
            .stream().map(ServiceLoader.Provider::get).collect(Collectors.toUnmodifiableList());

    private CryptoTokens() {
    }

    /**
     * Creates the token described by {@code config}, not yet activated; call
     * {@link CryptoToken#activate()} before use.
     *
     * @throws GovCaException UNAVAILABLE if no implementation for the token type is installed
     */
    public static CryptoToken open(TokenConfig config) {
        Objects.requireNonNull(config, "config");
        return FACTORIES.stream().filter(f -> f.supports(config.type())).findFirst()
                .orElseThrow(() -> GovCaException.unavailable("no crypto token implementation for type "
                        + config.type() + " is installed (token '" + config.name() + "')", null))
                .create(config);
    }
}
