package vn.govca.pki.domain.profile;

import java.util.Objects;
import vn.govca.pki.domain.GovCaException;

/**
 * Subject alternative name rules (RFC 5280 §4.2.1.6): whether rfc822Name and dNSName entries are
 * required, optional or forbidden, and whether an {@code E} subject attribute is copied into an
 * rfc822Name (RFC 5280 §4.1.2.6 asks for e-mail in the SAN rather than only in the DN).
 */
public record SanRule(Presence email, Presence dns, boolean emailFromSubject) {

    public static final SanRule NONE = new SanRule(Presence.FORBIDDEN, Presence.FORBIDDEN, false);

    public SanRule {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(dns, "dns");
        if (emailFromSubject && !email.allowed()) {
            throw GovCaException.policy("field subjectAltName.emailFromSubject: true while"
                    + " subjectAltName.email is forbidden");
        }
    }

    /** Whether the profile makes some SAN entry mandatory. */
    public boolean requiresAny() {
        return email == Presence.REQUIRED || dns == Presence.REQUIRED;
    }
}
