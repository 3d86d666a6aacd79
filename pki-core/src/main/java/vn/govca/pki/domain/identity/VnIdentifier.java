package vn.govca.pki.domain.identity;

import java.util.Objects;
import vn.govca.pki.domain.GovCaException;

/**
 * The value of a subject {@code UID} attribute as Vietnamese CAs write it: a type prefix and a
 * number, e.g. {@code CCCD:001099012345} or {@code MST:0100109106-001}. The number is
 * validated by the value object of its type ({@link CitizenId}, {@link OldIdNumber},
 * {@link PassportNumber}, {@link TaxCode}); prefixes are upper case and exact.
 */
public record VnIdentifier(IdentifierType type, String number) {

    private static final int MAX_LENGTH = 64;

    public VnIdentifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(number, "number");
        switch (type) {
            case CCCD -> new CitizenId(number);
            case CMND -> new OldIdNumber(number);
            case HC -> new PassportNumber(number);
            case MST -> new TaxCode(number);
            default -> throw new IllegalStateException("unhandled identifier type " + type);
        }
    }

    /**
     * Parses a UID value such as {@code CCCD:001099012345}.
     *
     * @throws GovCaException MALFORMED if the prefix is missing or unknown or the number is invalid
     */
    public static VnIdentifier parse(String uidValue) {
        Objects.requireNonNull(uidValue, "uidValue");
        if (uidValue.length() > MAX_LENGTH) {
            throw GovCaException.malformed("UID value is " + uidValue.length()
                    + " characters, longer than the limit " + MAX_LENGTH);
        }
        int colon = uidValue.indexOf(':');
        if (colon <= 0) {
            throw GovCaException.malformed("UID value " + Identifiers.describe(uidValue)
                    + " has no type prefix (expected CCCD:, CMND:, HC: or MST:)");
        }
        String prefix = uidValue.substring(0, colon);
        IdentifierType type = IdentifierType.byName(prefix).orElseThrow(() ->
                GovCaException.malformed("UID prefix " + Identifiers.describe(prefix + ":")
                        + " is unknown (expected CCCD:, CMND:, HC: or MST:)"));
        return new VnIdentifier(type, uidValue.substring(colon + 1));
    }

    public static VnIdentifier of(CitizenId id) {
        return new VnIdentifier(IdentifierType.CCCD, id.value());
    }

    public static VnIdentifier of(OldIdNumber id) {
        return new VnIdentifier(IdentifierType.CMND, id.value());
    }

    public static VnIdentifier of(PassportNumber id) {
        return new VnIdentifier(IdentifierType.HC, id.value());
    }

    public static VnIdentifier of(TaxCode id) {
        return new VnIdentifier(IdentifierType.MST, id.value());
    }

    /** The UID attribute value, e.g. {@code CCCD:001099012345}. */
    public String uidValue() {
        return type.prefix() + number;
    }

    @Override
    public String toString() {
        return uidValue();
    }
}
