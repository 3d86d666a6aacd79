package vn.govca.pki.domain.profile;

import java.util.Objects;
import vn.govca.pki.domain.GovCaException;

/** A text in Vietnamese (shown first) and English. */
public record LocalizedText(String vi, String en) {

    public LocalizedText {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
        if (vi.isBlank() || en.isBlank()) {
            throw GovCaException.malformed("field description: both vi and en must be non-empty");
        }
    }
}
