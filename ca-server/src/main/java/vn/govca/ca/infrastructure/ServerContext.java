package vn.govca.ca.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import vn.govca.ca.infrastructure.config.CrlSettings;
import vn.govca.ca.infrastructure.config.RaSettings;
import vn.govca.ca.infrastructure.keys.KeyPackageSealer;
import vn.govca.ca.infrastructure.config.GovCaConfig;
import vn.govca.ca.infrastructure.token.TokenRegistry;
import vn.govca.db.audit.AuditLog;
import vn.govca.pki.domain.profile.ProfileLoader;
import vn.govca.pki.domain.profile.ProfileSet;
import vn.govca.pki.domain.token.TokenConfig;

/**
 * What the CA server loads once at start-up: the validated configuration, the certificate
 * profiles (the server refuses to start with one that does not validate), the CRL publication
 * settings, the crypto tokens and the audit MAC key. Tokens are opened here but activated by the
 * start-up sequence, which audits each activation.
 */
@ApplicationScoped
public class ServerContext {

    private GovCaConfig config;
    private CrlSettings crl;
    private RaSettings ra;
    private KeyPackageSealer keyPackages;
    private ProfileSet profiles;
    private TokenRegistry tokens;
    private AuditLog auditLog;
    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();

    @PostConstruct
    void load() {
        config = GovCaConfig.fromSystemProperties();
        crl = CrlSettings.from(config.home(), config.raw());
        ra = RaSettings.from(config.raw());
        String profileDir = config.raw().getProperty("govca.profiles.dir");
        profiles = profileDir == null || profileDir.isBlank()
                ? ProfileLoader.bundled()
                : ProfileLoader.bundledWithOverrides(config.resolve(profileDir));
        tokens = new TokenRegistry(TokenConfig.fromProperties(config.raw(), config.home()));
        byte[] secret = readAuditKey();
        auditLog = new AuditLog(secret);
        keyPackages = new KeyPackageSealer(secret, random);
    }

    private byte[] readAuditKey() {
        try {
            byte[] key = Files.readAllBytes(config.auditKeyFile());
            if (key.length < 32) {
                throw new IllegalStateException("audit key file " + config.auditKeyFile() + " holds "
                        + key.length + " bytes; at least 32 are required");
            }
            byte[] copy = key.clone();
            Arrays.fill(key, (byte) 0);
            return copy;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the audit key file " + config.auditKeyFile()
                    + ": " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void close() {
        if (tokens != null) {
            tokens.closeAll();
        }
    }

    public GovCaConfig config() {
        return config;
    }

    /** Seals server-generated subscriber keys while they wait for their one download. */
    public KeyPackageSealer keyPackages() {
        return keyPackages;
    }

    /** The registration authority's approval, deadline and import rules. */
    public RaSettings ra() {
        return ra;
    }

    public CrlSettings crl() {
        return crl;
    }

    public ProfileSet profiles() {
        return profiles;
    }

    public TokenRegistry tokens() {
        return tokens;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    public Clock clock() {
        return clock;
    }

    public SecureRandom random() {
        return random;
    }
}
