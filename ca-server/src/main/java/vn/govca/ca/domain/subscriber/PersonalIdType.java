package vn.govca.ca.domain.subscriber;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.identity.CitizenId;
import vn.govca.pki.domain.identity.IdentifierType;
import vn.govca.pki.domain.identity.OldIdNumber;
import vn.govca.pki.domain.identity.PassportNumber;
import vn.govca.pki.domain.identity.VnIdentifier;

/**
 * The personal identity document on an individual's request (form 01): the 12-digit citizen ID
 * (CCCD), the old identity card (CMND) or a passport. Each maps to the pki-core value object
 * that validates its number and to the {@code UID} prefix the certificate carries
 * ({@code CCCD:}, {@code CMND:}, {@code HC:}).
 */
public enum PersonalIdType {
    /** Căn cước công dân: 12 digits, {@link CitizenId}. */
    CCCD(IdentifierType.CCCD, "cccd", "can_cuoc", "can_cuoc_cong_dan", "citizen_id"),
    /** Chứng minh nhân dân: 9 or 12 digits, {@link OldIdNumber}. */
    CMND(IdentifierType.CMND, "cmnd", "chung_minh_nhan_dan", "old_id"),
    /** Hộ chiếu: {@link PassportNumber}. */
    PASSPORT(IdentifierType.HC, "passport", "hc", "ho_chieu");

    private final IdentifierType uidType;
    private final List<String> labels;

    PersonalIdType(IdentifierType uidType, String... labels) {
        this.uidType = uidType;
        this.labels = List.of(labels);
    }

    /** The UID prefix type this document is carried under. */
    public IdentifierType uidType() {
        return uidType;
    }

    /**
     * Validates a document number with the pki-core value object of this type. Surrounding
     * spaces are removed; a passport number is upper-cased (people type {@code c1234567}).
     *
     * @return the identifier, e.g. {@code CCCD:001099012345}
     * @throws GovCaException MALFORMED if the number does not fit the type
     */
    public VnIdentifier parse(String number) {
        String value = number == null ? "" : number.strip();
        return switch (this) {
            case CCCD -> VnIdentifier.of(new CitizenId(value));
            case CMND -> VnIdentifier.of(new OldIdNumber(value));
            case PASSPORT -> VnIdentifier.of(new PassportNumber(value.toUpperCase(Locale.ROOT)));
        };
    }

    /**
     * Reads a type as people write it: {@code CCCD}, {@code Căn cước}, {@code CMND},
     * {@code Hộ chiếu}, {@code HC}, {@code passport}, in any case, with or without accents.
     *
     * @throws GovCaException MALFORMED listing the accepted values
     */
    public static PersonalIdType fromLabel(String label) {
        String key = FoldedText.fold(label == null ? "" : label);
        return Arrays.stream(values())
                .filter(t -> t.labels.contains(key))
                .findFirst()
                .orElseThrow(() -> GovCaException.malformed("ID type " + SubscriberText.quote(label)
                        + " must be one of: CCCD, CMND, hộ chiếu (passport)"));
    }
}
