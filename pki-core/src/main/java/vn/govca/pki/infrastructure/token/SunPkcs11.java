package vn.govca.pki.infrastructure.token;

import java.security.AuthProvider;
import java.security.Provider;
import java.security.Security;
import java.util.Arrays;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.token.Pkcs11Slot;
import vn.govca.pki.domain.token.TokenConfig;

/**
 * Configures the JDK's SunPKCS11 provider for one token and logs in, turning its exceptions into
 * UNAVAILABLE reasons an operator can act on (library missing, slot not found, wrong PIN).
 *
 * <p>The generated configuration makes every key pair the provider generates a private,
 * sensitive, non-extractable token object (PKCS#11 v2.40 §4.9: CKA_TOKEN, CKA_PRIVATE,
 * CKA_SENSITIVE true, CKA_EXTRACTABLE false), DESIGN invariant 3.
 *
 * <p>Selecting a token by label is not possible through SunPKCS11's public API on Java 17 (its
 * configuration knows only {@code slot} and {@code slotListIndex}; reading token labels needs the
 * internal {@code sun.security.pkcs11.wrapper} package and
 * {@code --add-exports jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED}), so a
 * label selector is refused with a reason.
 */
final class SunPkcs11 {

    private static final String PRIVATE_KEY_TEMPLATE = """
            attributes(generate, CKO_PRIVATE_KEY, *) = {
              CKA_TOKEN = true
              CKA_PRIVATE = true
              CKA_SENSITIVE = true
              CKA_EXTRACTABLE = false
              CKA_SIGN = true
            }
            attributes(generate, CKO_PUBLIC_KEY, *) = {
              CKA_VERIFY = true
            }
            """;

    private SunPkcs11() {
    }

    /** The provider configuration text for {@code config} (no secrets in it). */
    static String configText(TokenConfig config) {
        Pkcs11Slot slot = config.slot();
        String selector = slot.slotId() != null
                ? "slot = " + slot.slotId()
                : "slotListIndex = " + slot.slotListIndex();
        return "name = govca-" + config.name() + "\n"
                + "library = \"" + config.library() + "\"\n"
                + selector + "\n"
                + PRIVATE_KEY_TEMPLATE;
    }

    /**
     * A SunPKCS11 provider instance for the token (not registered with {@link Security}).
     *
     * @throws GovCaException UNAVAILABLE with the reason
     */
    static AuthProvider configure(TokenConfig config) {
        String where = where(config);
        if (config.slot().tokenLabel() != null) {
            throw GovCaException.unavailable(where + ": selecting a token by label is not supported by the"
                    + " JDK's SunPKCS11 provider; configure token." + config.name() + ".slot or .slotListIndex"
                    + " instead", null);
        }
        Provider base = Security.getProvider("SunPKCS11");
        if (base == null) {
            throw GovCaException.unavailable(where + ": this Java runtime has no SunPKCS11 provider"
                    + " (module jdk.crypto.cryptoki)", null);
        }
        try {
            return (AuthProvider) base.configure("--" + configText(config));
        } catch (RuntimeException e) {
            throw GovCaException.unavailable(where + ": " + initFailure(config, e), e);
        }
    }

    /**
     * Logs in as the normal user with the configured PIN.
     *
     * @throws GovCaException UNAVAILABLE with the reason (never the PIN)
     */
    static void login(AuthProvider provider, TokenConfig config) {
        char[] pin = config.pin();
        try {
            provider.login(null, callbacks -> {
                for (var callback : callbacks) {
                    if (!(callback instanceof PasswordCallback pc)) {
                        throw new UnsupportedCallbackException(callback);
                    }
                    pc.setPassword(pin);
                }
            });
        } catch (FailedLoginException e) {
            throw GovCaException.unavailable(where(config) + ": login failed: wrong PIN", e);
        } catch (LoginException e) {
            throw GovCaException.unavailable(where(config) + ": login failed: " + loginFailure(e), e);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    static String where(TokenConfig config) {
        return "PKCS#11 token '" + config.name() + "' (" + config.slot() + " of " + config.library() + ")";
    }

    private static String initFailure(TokenConfig config, RuntimeException e) {
        String all = messages(e);
        if (all.contains("does not exist")) {
            return "library " + config.library() + " does not exist (is the HSM client installed?)";
        }
        if (all.contains("CKR_SLOT_ID_INVALID") || all.contains("slotListIndex is")) {
            return config.slot() + " not found in the library (" + JcaCryptoToken.rootMessage(e) + ")";
        }
        if (all.contains("CKR_TOKEN_NOT_PRESENT")) {
            return "no token present in " + config.slot();
        }
        if (all.contains("IOException")) {
            return "library " + config.library() + " cannot be loaded: " + JcaCryptoToken.rootMessage(e);
        }
        return "cannot initialize the PKCS#11 library: " + JcaCryptoToken.rootMessage(e);
    }

    private static String loginFailure(LoginException e) {
        String all = messages(e);
        if (all.contains("CKR_PIN_LOCKED")) {
            return "the PIN is locked (too many wrong attempts); the security officer must reset it";
        }
        if (all.contains("CKR_PIN_LEN_RANGE") || all.contains("CKR_PIN_INVALID")) {
            return "wrong PIN (length or characters not accepted by the token)";
        }
        if (all.contains("CKR_PIN_EXPIRED")) {
            return "the PIN has expired and must be changed on the token";
        }
        return JcaCryptoToken.rootMessage(e);
    }

    private static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
            if (t.getCause() == t) {
                break;
            }
        }
        return sb.toString();
    }
}
