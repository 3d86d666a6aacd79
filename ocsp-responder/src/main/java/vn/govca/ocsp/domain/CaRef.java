package vn.govca.ocsp.domain;

import java.util.Objects;
import java.util.regex.Pattern;
import vn.govca.pki.domain.GovCaException;

/**
 * Names one CA the responder answers for: its database id (the key that certificate rows carry)
 * and its short name (the {@code {caName}} of {@code /crl/{caName}.crl} and
 * {@code /ca/{caName}.crt}). Status look-ups and cache invalidation use this reference; the CA's
 * key never enters the responder (DESIGN: the responder signs with its delegated key only).
 */
public record CaRef(long id, String name) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public CaRef {
        if (id <= 0) {
            throw GovCaException.malformed("CA id must be positive, got " + id);
        }
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw GovCaException.malformed("CA name '" + (name.length() > 70 ? name.substring(0, 70) + "..." : name)
                    + "' is invalid: use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return name + "#" + id;
    }
}
