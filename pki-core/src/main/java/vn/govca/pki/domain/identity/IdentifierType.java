package vn.govca.pki.domain.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of identity number that Vietnamese CAs put into the subject {@code UID}
 * (0.9.2342.19200300.100.1.1, RFC 4519 §2.39) with a prefix that relying software parses.
 */
public enum IdentifierType {
    /** Citizen ID, {@code CCCD:} + 12 digits. */
    CCCD,
    /** Old identity card, {@code CMND:} + 9 or 12 digits. */
    CMND,
    /** Passport, {@code HC:} + passport number. */
    HC,
    /** Tax code of an organization, {@code MST:} + 10 or 10-3 digits. */
    MST;

    /** The prefix as written in the UID value, including the colon, e.g. {@code "CCCD:"}. */
    public String prefix() {
        return name() + ":";
    }

    /** Finds the type whose name is exactly {@code name} (upper case, no colon). */
    public static Optional<IdentifierType> byName(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
