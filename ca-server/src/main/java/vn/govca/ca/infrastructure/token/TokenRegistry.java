package vn.govca.ca.infrastructure.token;

import jakarta.annotation.PreDestroy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.token.CryptoToken;
import vn.govca.pki.domain.token.CryptoTokens;
import vn.govca.pki.domain.token.TokenConfig;
import vn.govca.pki.domain.token.TokenStatus;

/**
 * The crypto tokens named in the configuration, opened once per server. A token that cannot log
 * in does not stop the server: it stays here inactive with its reason, the CAs on it report
 * offline, and issuance on them is refused with 503 (issue 2: "the server keeps running and says
 * the CA is offline").
 */
public class TokenRegistry {

    private static final Logger LOG = Logger.getLogger(TokenRegistry.class.getName());
    private final Map<String, CryptoToken> tokens = new ConcurrentHashMap<>();
    private final Map<String, TokenConfig> configs;

    public TokenRegistry(Map<String, TokenConfig> configs) {
        this.configs = Map.copyOf(configs);
    }

    /**
     * Opens and logs in to every configured token; returns each token's status so the caller
     * can audit activations and failures.
     */
    public synchronized Map<String, TokenStatus> activateAll() {
        Map<String, TokenStatus> result = new LinkedHashMap<>();
        for (TokenConfig cfg : configs.values()) {
            result.put(cfg.name(), activate(cfg));
        }
        return result;
    }

    private TokenStatus activate(TokenConfig cfg) {
        CryptoToken token = tokens.computeIfAbsent(cfg.name(), n -> CryptoTokens.open(cfg));
        if (token.status().active()) {
            return token.status();
        }
        try {
            token.activate();
            LOG.info(() -> "crypto token '" + cfg.name() + "' (" + cfg.type() + ") is active");
        } catch (GovCaException e) {
            LOG.log(Level.WARNING, "crypto token ''{0}'' is offline: {1}", new Object[] {cfg.name(), e.getMessage()});
        }
        return token.status();
    }

    /** Whether a token of this name is configured. */
    public boolean isConfigured(String name) {
        return configs.containsKey(name);
    }

    /**
     * An active token.
     *
     * @throws GovCaException NOT_FOUND if no such token is configured, UNAVAILABLE if it is offline
     */
    public CryptoToken active(String name) {
        CryptoToken token = tokens.get(name);
        if (token == null) {
            if (!configs.containsKey(name)) {
                throw GovCaException.notFound("crypto token '" + name + "' is not configured; configured: "
                        + configs.keySet());
            }
            throw GovCaException.unavailable("crypto token '" + name + "' has not been activated", null);
        }
        TokenStatus status = token.status();
        if (!status.active()) {
            throw GovCaException.unavailable("crypto token '" + name + "' is offline: " + status.reason(), null);
        }
        return token;
    }

    /** Status of every configured token (never throws). */
    public Map<String, TokenStatus> statuses() {
        Map<String, TokenStatus> out = new LinkedHashMap<>();
        for (String name : configs.keySet()) {
            CryptoToken t = tokens.get(name);
            out.put(name, t == null ? TokenStatus.inactive("not activated") : t.status());
        }
        return Collections.unmodifiableMap(out);
    }

    @PreDestroy
    public void closeAll() {
        tokens.values().forEach(CryptoToken::close);
        tokens.clear();
    }
}
