package vn.govca.pki.domain.profile;

import java.util.Arrays;
import vn.govca.pki.domain.GovCaException;

/** What a profile issues: an end-entity certificate, a self-signed root, or a subordinate CA. */
public enum ProfileKind {
    END_ENTITY("end-entity"),
    ROOT_CA("root-ca"),
    SUB_CA("sub-ca");

    private final String externalName;

    ProfileKind(String externalName) {
        this.externalName = externalName;
    }

    public String externalName() {
        return externalName;
    }

    public boolean isCa() {
        return this != END_ENTITY;
    }

    /** @throws GovCaException MALFORMED for an unknown name */
    public static ProfileKind byName(String name) {
        return Arrays.stream(values()).filter(k -> k.externalName.equals(name)).findFirst()
                .orElseThrow(() -> GovCaException.malformed("kind '" + name
                        + "' is unknown (expected end-entity, root-ca or sub-ca)"));
    }
}
