package vn.govca.pki.infrastructure.token;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.token.TokenConfig;
import vn.govca.pki.domain.token.TokenType;

/**
 * A crypto token in a password-protected PKCS#12 file (RFC 7292), for development, tests and
 * deployments without an HSM. Keys are generated in this process, written encrypted to the file
 * (atomically, mode 0600) and decrypted into memory only inside this class; callers get
 * {@code ContentSigner}s, never the {@code PrivateKey} (DESIGN invariant 3 as far as software
 * allows — use a {@link Pkcs11CryptoToken} for CA keys that must never exist outside hardware).
 *
 * <p>Signing is lock-free. EC keys sign through Bouncy Castle (ECDSA P-256 several times faster
 * than SunEC), RSASSA-PKCS1-v1_5 through the JDK's SunRsaSign, any other RSA scheme (PSS)
 * through Bouncy Castle.
 *
 * <p>One process owns the file: two processes writing the same soft token would overwrite each
 * other's keys.
 */
public final class SoftCryptoToken extends JcaCryptoToken {

    private static final System.Logger LOG = System.getLogger(SoftCryptoToken.class.getName());
    private static final Provider BC = new BouncyCastleProvider();
    private static final Provider SUN_RSA = Security.getProvider("SunRsaSign");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Pkcs12File file;
    private final char[] password;
    private KeyStore store;

    /**
     * @throws IllegalArgumentException if {@code config} is not a soft token
     */
    public SoftCryptoToken(TokenConfig config) {
        super(config.name());
        if (config.type() != TokenType.SOFT) {
            throw new IllegalArgumentException("token '" + config.name() + "' is " + config.type() + ", not SOFT");
        }
        this.file = new Pkcs12File(config.name(), config.keystoreFile());
        this.password = config.password();
    }

    /** Keys are in memory and sign with Bouncy Castle or the JDK: computation, never a wait. */
    @Override
    public boolean signsInProcess() {
        return true;
    }

    @Override
    Map<String, TokenKey> login() {
        KeyStore loaded = file.loadOrCreate(password);
        Map<String, TokenKey> keys = new HashMap<>();
        try {
            for (String alias : Collections.list(loaded.aliases())) {
                if (loaded.isKeyEntry(alias)) {
                    TokenKey key = read(loaded, alias);
                    if (key != null) {
                        keys.put(alias, key);
                    }
                }
            }
        } catch (GeneralSecurityException e) {
            throw GovCaException.unavailable("soft token '" + name() + "': cannot read the keys in "
                    + file.path() + ": " + rootMessage(e), e);
        }
        store = loaded;
        return keys;
    }

    private TokenKey read(KeyStore loaded, String alias) throws GeneralSecurityException {
        PrivateKey privateKey = (PrivateKey) loaded.getKey(alias, password);
        Certificate cert = loaded.getCertificate(alias);
        if (cert == null) {
            LOG.log(System.Logger.Level.WARNING, "soft token {0}: key {1} has no certificate; ignored", name(), alias);
            return null;
        }
        KeySpec spec;
        try {
            spec = KeySpec.of(cert.getPublicKey());
        } catch (GovCaException e) {
            LOG.log(System.Logger.Level.WARNING, "soft token {0}: key {1} ignored: {2}", name(), alias, e.getMessage());
            return null;
        }
        if (spec.isEc()) {
            // Bouncy Castle's own key objects carry precomputed curve data; JDK ones would be
            // converted on every signature.
            privateKey = KeyFactory.getInstance("EC", BC).generatePrivate(new PKCS8EncodedKeySpec(privateKey.getEncoded()));
        }
        return new TokenKey(privateKey, cert.getPublicKey(), spec);
    }

    @Override
    TokenKey generate(String alias, KeySpec spec) {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(spec.algorithm(), spec.isRsa() ? SUN_RSA : BC);
            generator.initialize(spec.keyGenParameters(), RANDOM);
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw GovCaException.internal("soft token '" + name() + "': cannot generate a " + spec.externalName() + " key", e);
        }
        TokenKey key = new TokenKey(pair.getPrivate(), pair.getPublic(), spec);
        X509Certificate cert = PlaceholderCertificate.create(name(), alias, pair.getPublic(),
                placeholderSigner(alias, pair.getPrivate(), spec, signatureProvider(key, defaultAlgorithm(spec))));
        try {
            store.setKeyEntry(alias, pair.getPrivate(), password, new Certificate[] {cert});
        } catch (GeneralSecurityException e) {
            throw GovCaException.internal("soft token '" + name() + "': cannot store key '" + alias + "'", e);
        }
        try {
            file.write(store, password);
        } catch (GovCaException e) {
            try {
                store.deleteEntry(alias);
            } catch (GeneralSecurityException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
        return key;
    }

    @Override
    void destroy(String alias) {
        KeyStore.Entry entry;
        try {
            entry = store.getEntry(alias, new KeyStore.PasswordProtection(password));
        } catch (GeneralSecurityException e) {
            throw GovCaException.internal("soft token '" + name() + "': cannot read key '" + alias + "'", e);
        }
        deleteEntry(alias);
        try {
            file.write(store, password);
        } catch (GovCaException e) {
            try {
                store.setEntry(alias, entry, new KeyStore.PasswordProtection(password));
            } catch (GeneralSecurityException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
    }

    @Override
    void logout() {
        store = null;
    }

    @Override
    Provider signatureProvider(TokenKey key, String algorithm) {
        if (key.spec().isRsa() && algorithm.toUpperCase(Locale.ROOT).matches("SHA(256|384|512)WITHRSA")) {
            return SUN_RSA;
        }
        return BC;
    }

    private void deleteEntry(String alias) {
        try {
            store.deleteEntry(alias);
        } catch (GeneralSecurityException e) {
            throw GovCaException.internal("soft token '" + name() + "': cannot remove key '" + alias + "'", e);
        }
    }
}
