package vn.govca.pki.domain.profile;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.govca.pki.domain.GovCaException;

/** An immutable set of validated profiles, looked up by name. */
public final class ProfileSet {

    private final Map<String, CertificateProfile> byName;

    ProfileSet(Map<String, CertificateProfile> byName) {
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    public Optional<CertificateProfile> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** @throws GovCaException NOT_FOUND if there is no profile of that name */
    public CertificateProfile get(String name) {
        CertificateProfile p = byName.get(name);
        if (p == null) {
            throw GovCaException.notFound("certificate profile '" + name + "' does not exist (known: "
                    + byName.keySet() + ")");
        }
        return p;
    }

    public Set<String> names() {
        return byName.keySet();
    }

    public Collection<CertificateProfile> all() {
        return byName.values();
    }
}
