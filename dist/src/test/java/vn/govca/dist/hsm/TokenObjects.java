package vn.govca.dist.hsm;

import java.io.IOException;
import java.security.AuthProvider;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PublicKey;
import java.security.Security;
import java.security.cert.Certificate;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginException;
import vn.govca.pki.testkit.SoftHsmToken;

/**
 * The objects of the server's PKCS#11 token, seen from the test JVM through an independent
 * SunPKCS11 instance (its own login session; SoftHSM2 keeps login state per process): what the
 * server generated there, and a way to take a key away from under a running server for fault
 * injection.
 */
public final class TokenObjects implements AutoCloseable {

    private final AuthProvider provider;

    private TokenObjects(AuthProvider provider) {
        this.provider = provider;
    }

    /** Logs in to {@code hsm} with its user PIN. */
    public static TokenObjects login(SoftHsmToken hsm) {
        String config = "--name=it-" + hsm.label() + "\nlibrary=" + hsm.library() + "\nslot=" + hsm.slotId() + "\n";
        AuthProvider p = (AuthProvider) Security.getProvider("SunPKCS11").configure(config);
        try {
            p.login(null, callbacks -> ((PasswordCallback) callbacks[0]).setPassword(hsm.pin()));
        } catch (LoginException e) {
            throw new IllegalStateException("cannot log in to " + hsm, e);
        }
        return new TokenObjects(p);
    }

    /** The private key object under {@code alias} (a handle: PKCS#11 keeps the value), or null. */
    public Key privateKey(String alias) {
        try {
            return store().getKey(alias, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read key " + alias, e);
        }
    }

    /** The public key of the certificate object stored with {@code alias}, or null. */
    public PublicKey publicKey(String alias) {
        try {
            Certificate c = store().getCertificate(alias);
            return c == null ? null : c.getPublicKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read certificate " + alias, e);
        }
    }

    /** Destroys the key pair and certificate objects under {@code alias}. */
    public void delete(String alias) {
        try {
            store().deleteEntry(alias);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot delete " + alias, e);
        }
    }

    /** A fresh view of the token's objects (another process may have changed them). */
    private KeyStore store() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS11", provider);
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the token objects", e);
        }
        return store;
    }

    @Override
    public void close() {
        try {
            provider.logout();
        } catch (LoginException e) {
            throw new IllegalStateException("logout from the token failed", e);
        }
    }
}
