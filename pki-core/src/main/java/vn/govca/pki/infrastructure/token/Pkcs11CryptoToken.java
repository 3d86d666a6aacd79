package vn.govca.pki.infrastructure.token;

import java.io.IOException;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import javax.security.auth.login.LoginException;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.token.TokenConfig;
import vn.govca.pki.domain.token.TokenType;

/**
 * A crypto token in a hardware security module, reached through the JDK's SunPKCS11 provider
 * (any PKCS#11 v2.x library; SoftHSM2 in tests). Key pairs are generated inside the token as
 * private, sensitive, non-extractable token objects (DESIGN invariant 3) and stored through the
 * provider's {@code KeyStore} with a placeholder certificate, so an alias finds its key after a
 * restart. Private keys exist in this process only as object handles.
 *
 * <p>Signing is concurrent: each signer uses its own JCA {@code Signature}, which borrows a
 * PKCS#11 session from the provider's pool for the duration of one signature.
 *
 * <p>PKCS#11 login state belongs to the whole process: open one instance per token per process
 * (closing one instance logs out every instance on the same token).
 */
public final class Pkcs11CryptoToken extends JcaCryptoToken {

    private static final System.Logger LOG = System.getLogger(Pkcs11CryptoToken.class.getName());

    private final TokenConfig config;
    private AuthProvider provider;
    private volatile KeyStore store;

    /**
     * @throws IllegalArgumentException if {@code config} is not a PKCS#11 token
     */
    public Pkcs11CryptoToken(TokenConfig config) {
        super(config.name());
        if (config.type() != TokenType.PKCS11) {
            throw new IllegalArgumentException("token '" + config.name() + "' is " + config.type() + ", not PKCS11");
        }
        this.config = config;
    }

    @Override
    Map<String, TokenKey> login() {
        if (provider == null) {
            provider = SunPkcs11.configure(config);
        }
        SunPkcs11.login(provider, config);
        KeyStore loaded;
        Map<String, TokenKey> keys = new HashMap<>();
        try {
            loaded = KeyStore.getInstance("PKCS11", provider);
            loaded.load(null, null);
            for (String alias : Collections.list(loaded.aliases())) {
                TokenKey key = read(loaded, alias);
                if (key != null) {
                    keys.put(alias, key);
                }
            }
        } catch (IOException | GeneralSecurityException | ProviderException e) {
            throw GovCaException.unavailable(where() + ": cannot list the keys: " + rootMessage(e), e);
        }
        store = loaded;
        return keys;
    }

    private TokenKey read(KeyStore loaded, String alias) throws GeneralSecurityException {
        if (!loaded.isKeyEntry(alias)) {
            return null;
        }
        Certificate cert = loaded.getCertificate(alias);
        if (cert == null) {
            LOG.log(System.Logger.Level.WARNING, "{0}: key {1} has no certificate; ignored", where(), alias);
            return null;
        }
        KeySpec spec;
        try {
            spec = KeySpec.of(cert.getPublicKey());
        } catch (GovCaException e) {
            LOG.log(System.Logger.Level.WARNING, "{0}: key {1} ignored: {2}", where(), alias, e.getMessage());
            return null;
        }
        return new TokenKey((PrivateKey) loaded.getKey(alias, null), cert.getPublicKey(), spec);
    }

    /**
     * Re-reads the token's object list (another node or tool may have added the key since
     * activation) and returns the key, or null.
     */
    @Override
    TokenKey lookup(String alias) {
        KeyStore current = store;
        if (current == null) {
            return null;
        }
        try {
            current.load(null, null);
            return read(current, alias);
        } catch (IOException | GeneralSecurityException | ProviderException e) {
            throw GovCaException.unavailable(where() + ": cannot read key '" + alias + "': " + rootMessage(e), e);
        }
    }

    @Override
    TokenKey generate(String alias, KeySpec spec) {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(spec.algorithm(), provider);
            generator.initialize(spec.keyGenParameters());
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException | ProviderException e) {
            throw GovCaException.unavailable(where() + ": cannot generate a " + spec.externalName() + " key: "
                    + rootMessage(e), e);
        }
        TokenKey key = new TokenKey(pair.getPrivate(), pair.getPublic(), spec);
        X509Certificate cert = PlaceholderCertificate.create(name(), alias, pair.getPublic(),
                placeholderSigner(alias, pair.getPrivate(), spec, provider));
        try {
            store.setKeyEntry(alias, pair.getPrivate(), null, new Certificate[] {cert});
        } catch (GeneralSecurityException | ProviderException e) {
            throw GovCaException.unavailable(where() + ": cannot store key '" + alias + "': " + rootMessage(e), e);
        }
        return key;
    }

    @Override
    void destroy(String alias) {
        try {
            store.deleteEntry(alias);
        } catch (GeneralSecurityException | ProviderException e) {
            throw GovCaException.unavailable(where() + ": cannot delete key '" + alias + "': " + rootMessage(e), e);
        }
    }

    @Override
    void logout() {
        store = null;
        try {
            provider.logout();
        } catch (LoginException | ProviderException e) {
            LOG.log(System.Logger.Level.WARNING, where() + ": logout failed: " + rootMessage(e), e);
        }
    }

    @Override
    void probe() {
        KeyStore current = store;
        if (current == null) {
            return;
        }
        try {
            current.size();
        } catch (KeyStoreException | ProviderException e) {
            throw GovCaException.unavailable(where() + " does not answer: " + rootMessage(e), e);
        }
    }

    @Override
    Provider signatureProvider(TokenKey key, String algorithm) {
        return provider;
    }

    private String where() {
        return SunPkcs11.where(config);
    }
}
