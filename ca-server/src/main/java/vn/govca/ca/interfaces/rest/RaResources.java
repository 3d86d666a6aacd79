package vn.govca.ca.interfaces.rest;

import java.util.OptionalLong;
import vn.govca.pki.domain.GovCaException;

/** Parameter parsing shared by the RA's REST resources. */
final class RaResources {

    static final int DEFAULT_LIMIT = 50;

    private RaResources() {
    }

    static OptionalLong cursor(Long after) {
        return after == null ? OptionalLong.empty() : OptionalLong.of(after);
    }

    static int limit(Integer limit) {
        int n = limit == null ? DEFAULT_LIMIT : limit;
        if (n < 1 || n > 500) {
            throw GovCaException.malformed("limit " + n + " is outside 1..500");
        }
        return n;
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw GovCaException.malformed(field + " '" + text + "' is unknown; one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    static <T> T body(T body, String shape) {
        if (body == null) {
            throw GovCaException.malformed("request body is required: " + shape);
        }
        return body;
    }
}
