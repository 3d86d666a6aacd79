package vn.govca.pki.domain.token;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;
import vn.govca.pki.domain.GovCaException;

/**
 * How to open one crypto token: a soft PKCS#12 file with its password, or a PKCS#11 library,
 * slot and user PIN. Secrets come from configuration (DESIGN invariant 3), are held only as
 * {@code char[]} copies and never appear in {@link #toString()}, logs or messages.
 *
 * <p>Read from {@code govca.properties} with {@link #fromProperties(Properties, Path)}; every key
 * is under {@code token.<name>.}:
 * <pre>
 * token.&lt;name&gt;.type          = soft | pkcs11
 * token.&lt;name&gt;.file          = path of the PKCS#12 file (soft; created on first activation)
 * token.&lt;name&gt;.passwordFile  = file whose first line is the PKCS#12 password (soft; preferred)
 * token.&lt;name&gt;.password      = the PKCS#12 password inline (soft)
 * token.&lt;name&gt;.library       = path of the PKCS#11 library (pkcs11)
 * token.&lt;name&gt;.slot          = slot id, decimal or 0x-hex       \
 * token.&lt;name&gt;.slotListIndex = index into the slot list          } pkcs11: exactly one
 * token.&lt;name&gt;.label         = token label                      /
 * token.&lt;name&gt;.pinFile       = file whose first line is the user PIN (pkcs11; preferred)
 * token.&lt;name&gt;.pin           = the user PIN inline (pkcs11)
 * </pre>
 * Relative paths (except {@code library}, which the platform's loader may resolve) are
 * resolved against the directory of the configuration file. Unknown keys are refused so that a
 * typo cannot silently drop a setting.
 */
public final class TokenConfig {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final String name;
    private final TokenType type;
    private final Path keystoreFile;
    private final Path library;
    private final Pkcs11Slot slot;
    private final char[] secret;

    private TokenConfig(String name, TokenType type, Path keystoreFile, Path library, Pkcs11Slot slot,
            char[] secret) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw GovCaException.malformed("token name '" + name + "' is invalid: use 1-64 letters,"
                    + " digits, '_' or '-', starting with a letter or digit");
        }
        this.name = name;
        this.type = Objects.requireNonNull(type, "type");
        if (type == TokenType.SOFT && keystoreFile == null) {
            throw GovCaException.malformed("soft token '" + name + "' needs a key store file");
        }
        if (type == TokenType.PKCS11 && (library == null || slot == null)) {
            throw GovCaException.malformed("PKCS#11 token '" + name + "' needs a library and a slot");
        }
        if (secret == null || secret.length == 0) {
            throw GovCaException.malformed("token '" + name + "' needs a "
                    + (type == TokenType.SOFT ? "password" : "PIN") + "; none or an empty one given");
        }
        this.keystoreFile = keystoreFile;
        this.library = library;
        this.slot = slot;
        this.secret = secret.clone();
    }

    /**
     * A soft token: keys in the password-protected PKCS#12 file {@code keystoreFile}.
     *
     * @param password copied; the caller may clear its array afterwards
     * @throws GovCaException MALFORMED if a field is missing or invalid
     */
    public static TokenConfig soft(String name, Path keystoreFile, char[] password) {
        return new TokenConfig(name, TokenType.SOFT, keystoreFile, null, null, password);
    }

    /**
     * A PKCS#11 token in {@code slot} of the library at {@code library}, logged in with {@code pin}.
     *
     * @param pin copied; the caller may clear its array afterwards
     * @throws GovCaException MALFORMED if a field is missing or invalid
     */
    public static TokenConfig pkcs11(String name, Path library, Pkcs11Slot slot, char[] pin) {
        return new TokenConfig(name, TokenType.PKCS11, null, library, slot, pin);
    }

    /**
     * Reads the token {@code name} from {@code props}; relative paths are resolved against
     * {@code baseDir}.
     *
     * @throws GovCaException MALFORMED for a missing, unknown or invalid key; UNAVAILABLE if a
     *     password or PIN file cannot be read
     */
    public static TokenConfig fromProperties(Properties props, String name, Path baseDir) {
        return TokenConfigProperties.read(props, name, baseDir);
    }

    /** As {@link #fromProperties(Properties, String, Path)}, relative to the working directory. */
    public static TokenConfig fromProperties(Properties props, String name) {
        return fromProperties(props, name, Path.of(""));
    }

    /**
     * Reads every token named by a {@code token.<name>.*} key, sorted by name.
     *
     * @throws GovCaException as {@link #fromProperties(Properties, String, Path)}
     */
    public static Map<String, TokenConfig> fromProperties(Properties props, Path baseDir) {
        return TokenConfigProperties.readAll(props, baseDir);
    }

    /** As {@link #fromProperties(Properties, Path)}, relative to the working directory. */
    public static Map<String, TokenConfig> fromProperties(Properties props) {
        return fromProperties(props, Path.of(""));
    }

    public String name() {
        return name;
    }

    public TokenType type() {
        return type;
    }

    /** The PKCS#12 file of a soft token. */
    public Path keystoreFile() {
        requireType(TokenType.SOFT, "key store file");
        return keystoreFile;
    }

    /** A copy of a soft token's PKCS#12 password; clear it after use. */
    public char[] password() {
        requireType(TokenType.SOFT, "password");
        return secret.clone();
    }

    /** The PKCS#11 library of a PKCS#11 token. */
    public Path library() {
        requireType(TokenType.PKCS11, "library");
        return library;
    }

    /** The slot selector of a PKCS#11 token. */
    public Pkcs11Slot slot() {
        requireType(TokenType.PKCS11, "slot");
        return slot;
    }

    /** A copy of a PKCS#11 token's user PIN; clear it after use. */
    public char[] pin() {
        requireType(TokenType.PKCS11, "PIN");
        return secret.clone();
    }

    private void requireType(TokenType expected, String what) {
        if (type != expected) {
            throw new IllegalStateException("token '" + name + "' is " + type + " and has no " + what);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TokenConfig other
                && name.equals(other.name) && type == other.type
                && Objects.equals(keystoreFile, other.keystoreFile)
                && Objects.equals(library, other.library) && Objects.equals(slot, other.slot)
                && Arrays.equals(secret, other.secret);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, keystoreFile, library, slot);
    }

    /** Names the token and where it lives; never prints the password or PIN. */
    @Override
    public String toString() {
        return type == TokenType.SOFT
                ? "TokenConfig[name=" + name + ", type=SOFT, file=" + keystoreFile + ", password=(hidden)]"
                : "TokenConfig[name=" + name + ", type=PKCS11, library=" + library + ", " + slot
                        + ", pin=(hidden)]";
    }
}
