package vn.govca.ca.domain.ra;

import java.text.Normalizer;
import java.util.Locale;
import vn.govca.db.domain.ProvinceKind;
import vn.govca.db.domain.SearchText;
import vn.govca.pki.domain.GovCaException;

/**
 * A CA administrator's edit of a provincial unit: its name, whether it is a centrally governed
 * city or a province, and whether new agencies may still be placed in it. The official code is
 * not editable (it identifies the unit; a new unit gets a new row). The name is kept in NFC, as
 * certificates carry it in {@code L=}.
 *
 * @param active null: unchanged
 */
public record ProvinceChange(String name, ProvinceKind kind, Boolean active) {

    public static final int MAX_NAME_LENGTH = 128;

    public ProvinceChange {
        if (name == null || name.isBlank()) {
            throw GovCaException.malformed("province name is required");
        }
        if (kind == null) {
            throw GovCaException.malformed("province kind is required: CITY or PROVINCE");
        }
        name = Normalizer.normalize(name.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
        if (name.length() > MAX_NAME_LENGTH) {
            throw GovCaException.malformed("province name has " + name.length() + " characters; at most "
                    + MAX_NAME_LENGTH + " are allowed");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw GovCaException.malformed("province name contains control characters");
        }
    }

    /** From the text of a form or a JSON body; MALFORMED naming the field when one is missing or unknown. */
    public static ProvinceChange parse(String name, String kind, Boolean active) {
        if (kind == null || kind.isBlank()) {
            throw GovCaException.malformed("province kind is required: CITY or PROVINCE");
        }
        try {
            return new ProvinceChange(name, ProvinceKind.valueOf(kind.strip().toUpperCase(Locale.ROOT)), active);
        } catch (IllegalArgumentException e) {
            throw GovCaException.malformed("province kind '" + kind + "' is unknown; one of CITY, PROVINCE");
        }
    }

    /** Whether {@code other} is the same name for a reader: case, accents and spacing aside. */
    public boolean sameNameAs(String other) {
        return other != null && SearchText.fold(name).equals(SearchText.fold(other));
    }
}
