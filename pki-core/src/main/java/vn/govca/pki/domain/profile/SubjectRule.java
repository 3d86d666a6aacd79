package vn.govca.pki.domain.profile;

import java.util.Set;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.name.DnAttribute;

/**
 * Which subject attributes a profile requires and which it allows; every other attribute is
 * forbidden (RFC 5280 §4.1.2.6 and the CP's naming rules).
 */
public record SubjectRule(Set<DnAttribute> required, Set<DnAttribute> optional) {

    public SubjectRule {
        required = Enums.copy(DnAttribute.class, required);
        optional = Enums.copy(DnAttribute.class, optional);
        for (DnAttribute a : optional) {
            if (required.contains(a)) {
                throw GovCaException.policy("field subject.optional: " + a + " is also in subject.required");
            }
        }
    }

    public boolean allows(DnAttribute attribute) {
        return required.contains(attribute) || optional.contains(attribute);
    }
}
