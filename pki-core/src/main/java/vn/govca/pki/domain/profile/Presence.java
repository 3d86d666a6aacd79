package vn.govca.pki.domain.profile;

import java.util.Arrays;
import java.util.Locale;
import vn.govca.pki.domain.GovCaException;

/** Whether a profile requires, allows or forbids something (a SAN type). */
public enum Presence {
    FORBIDDEN, OPTIONAL, REQUIRED;

    public boolean allowed() {
        return this != FORBIDDEN;
    }

    /** @throws GovCaException MALFORMED for an unknown name */
    public static Presence byName(String name) {
        return Arrays.stream(values()).filter(p -> p.name().toLowerCase(Locale.ROOT).equals(name))
                .findFirst().orElseThrow(() -> GovCaException.malformed("'" + name
                        + "' is not one of forbidden, optional, required"));
    }
}
