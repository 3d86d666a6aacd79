package vn.govca.ca.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.audit.AuditOutcome;
import vn.govca.db.domain.CertificateProfileRecord;
import vn.govca.db.domain.CryptoTokenRecord;
import vn.govca.db.domain.CryptoTokenType;
import vn.govca.db.infrastructure.CryptoTokenRepository;
import vn.govca.db.infrastructure.ProfileRepository;
import vn.govca.pki.domain.profile.ProfileLoader;
import vn.govca.pki.domain.token.TokenConfig;
import vn.govca.pki.domain.token.TokenType;

/**
 * Records in the database what the configuration defines: each crypto token (its non-secret
 * settings) and each certificate profile, as a new profile version whenever its definition
 * changed. Certificates name their profile; the version history says what that profile meant
 * when they were issued. Changes are audited.
 */
@ApplicationScoped
public class CatalogRegistration {

    public static final String TOKEN_REGISTERED = "TOKEN_REGISTERED";
    public static final String TOKEN_RECONFIGURED = "TOKEN_RECONFIGURED";
    public static final String PROFILE_VERSION_ADDED = "PROFILE_VERSION_ADDED";
    private static final String SYSTEM = "system (start-up)";

    @PersistenceContext(unitName = "govca")
    EntityManager em;

    @Inject
    ServerContext context;

    @Inject
    AuditTrail audit;

    @Transactional
    public void registerAll() {
        CryptoTokenRepository tokens = new CryptoTokenRepository(em);
        for (TokenConfig cfg : TokenConfig.fromProperties(context.config().raw(), context.config().home()).values()) {
            String json = describe(cfg);
            Optional<CryptoTokenRecord> existing = tokens.findByName(cfg.name());
            if (existing.isEmpty()) {
                tokens.add(CryptoTokenRecord.register(cfg.name(), type(cfg.type()), json, context.clock().instant()));
                audit.record(SYSTEM, TOKEN_REGISTERED, "token " + cfg.name(), AuditOutcome.SUCCESS,
                        Map.of("settings", json));
            } else if (!existing.get().propertiesJson().equals(json)) {
                existing.get().reconfigure(json);
                audit.record(SYSTEM, TOKEN_RECONFIGURED, "token " + cfg.name(), AuditOutcome.SUCCESS,
                        Map.of("settings", json));
            }
        }
        String dir = context.config().raw().getProperty("govca.profiles.dir");
        ProfileRepository profiles = new ProfileRepository(em);
        for (Map.Entry<String, String> e : ProfileLoader.definitions(
                dir == null || dir.isBlank() ? null : context.config().resolve(dir)).entrySet()) {
            Optional<CertificateProfileRecord> latest = profiles.findLatest(e.getKey());
            if (latest.isEmpty() || !latest.get().definitionJson().equals(e.getValue())) {
                CertificateProfileRecord r = profiles.addNextVersion(e.getKey(), e.getValue(), context.clock().instant());
                audit.record(SYSTEM, PROFILE_VERSION_ADDED, "profile " + e.getKey(), AuditOutcome.SUCCESS,
                        Map.of("version", r.profileVersion()));
            }
        }
    }

    private static CryptoTokenType type(TokenType t) {
        return CryptoTokenType.valueOf(t.name());
    }

    /** Non-secret settings only: never a PIN or password. */
    private static String describe(TokenConfig cfg) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("type", cfg.type().name());
        if (cfg.type() == TokenType.SOFT) {
            b.add("file", cfg.keystoreFile().toString());
        } else {
            b.add("library", cfg.library().toString()).add("slot", cfg.slot().toString());
        }
        return b.build().toString();
    }
}
