package vn.govca.ca.interfaces.faces.ra;

import java.io.Serializable;
import java.util.Locale;
import vn.govca.pki.domain.profile.CertificateProfile;

/**
 * A certificate profile as the new-issuance form offers it: its name and its own description in
 * the reader's language (profiles are data and describe themselves in Vietnamese and English, so a
 * profile added to the profile directory needs no new text in the bundles).
 */
public record ProfileChoice(String name, String label) implements Serializable {

    static ProfileChoice of(CertificateProfile p, Locale reader) {
        String text = "en".equals(reader.getLanguage()) ? p.description().en() : p.description().vi();
        return new ProfileChoice(p.name(), text + " (" + p.name() + ")");
    }
}
