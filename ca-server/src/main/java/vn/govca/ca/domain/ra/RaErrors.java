package vn.govca.ca.domain.ra;

import vn.govca.pki.domain.GovCaException;

/** Builds the registration authority's errors in the one exception type that crosses modules. */
final class RaErrors {

    private RaErrors() {
    }

    static GovCaException conflict(String message) {
        return GovCaException.conflict(message);
    }

    static GovCaException forbidden(String message) {
        return new GovCaException(GovCaException.Category.FORBIDDEN, message);
    }

    static GovCaException policy(String message) {
        return GovCaException.policy(message);
    }
}
