package vn.govca.pki.domain.token;

import java.nio.charset.StandardCharsets;
import vn.govca.pki.domain.GovCaException;

/**
 * Which slot of a PKCS#11 library holds the token: exactly one of a slot id (PKCS#11 v2.40
 * §5.5 {@code CK_SLOT_ID}, stable for a given token on most HSMs and on SoftHSM2), an index into
 * the library's slot list (order may change when tokens are added), or the token label.
 *
 * @param slotId the slot id, or null
 * @param slotListIndex the index into {@code C_GetSlotList}, or null
 * @param tokenLabel the token label ({@code CK_TOKEN_INFO.label}), or null
 */
public record Pkcs11Slot(Long slotId, Integer slotListIndex, String tokenLabel) {

    /**
     * @throws GovCaException MALFORMED unless exactly one selector is given and it is valid
     */
    public Pkcs11Slot {
        int given = (slotId != null ? 1 : 0) + (slotListIndex != null ? 1 : 0) + (tokenLabel != null ? 1 : 0);
        if (given != 1) {
            throw GovCaException.malformed("a PKCS#11 token needs exactly one of slot id, slot list index"
                    + " or token label; " + given + " given");
        }
        if (slotId != null && slotId < 0) {
            throw GovCaException.malformed("PKCS#11 slot id " + slotId + " is negative");
        }
        if (slotListIndex != null && slotListIndex < 0) {
            throw GovCaException.malformed("PKCS#11 slot list index " + slotListIndex + " is negative");
        }
        if (tokenLabel != null && (tokenLabel.isBlank()
                || tokenLabel.getBytes(StandardCharsets.UTF_8).length > 32)) {
            throw GovCaException.malformed("PKCS#11 token label '" + tokenLabel
                    + "' must be 1-32 bytes in UTF-8 (CK_TOKEN_INFO.label)");
        }
    }

    public static Pkcs11Slot id(long slotId) {
        return new Pkcs11Slot(slotId, null, null);
    }

    public static Pkcs11Slot listIndex(int slotListIndex) {
        return new Pkcs11Slot(null, slotListIndex, null);
    }

    public static Pkcs11Slot label(String tokenLabel) {
        return new Pkcs11Slot(null, null, tokenLabel);
    }

    @Override
    public String toString() {
        if (slotId != null) {
            return "slot " + slotId;
        }
        return slotListIndex != null ? "slot list index " + slotListIndex : "token label '" + tokenLabel + "'";
    }
}
