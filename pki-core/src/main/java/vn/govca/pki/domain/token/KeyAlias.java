package vn.govca.pki.domain.token;

import java.util.regex.Pattern;
import vn.govca.pki.domain.GovCaException;

/**
 * The name of a key inside a crypto token. One spelling for every token type: PKCS#12 key stores
 * fold aliases to lower case while PKCS#11 labels do not, so GovCA allows only lower-case
 * letters, digits, {@code .}, {@code _} and {@code -} (1–64 characters, starting with a letter
 * or digit) and the same alias finds the same key everywhere.
 *
 * @param value the alias text
 */
public record KeyAlias(String value) {

    private static final Pattern SYNTAX = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /**
     * @throws GovCaException MALFORMED if the alias does not fit the syntax above
     */
    public KeyAlias {
        if (value == null || !SYNTAX.matcher(value).matches()) {
            throw GovCaException.malformed("key alias '" + value + "' is invalid: use 1-64 lower-case"
                    + " letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    /** Validates {@code alias} and returns it unchanged. */
    public static String require(String alias) {
        return new KeyAlias(alias).value();
    }

    @Override
    public String toString() {
        return value;
    }
}
