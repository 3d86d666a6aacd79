package vn.govca.pki.domain.name;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The subject/issuer name attributes GovCA writes, each with its ASN.1 string type and upper
 * bound (RFC 5280 §4.1.2.4, §4.1.2.6 and Appendix A; RFC 4519 for UID):
 * countryName is a PrintableString of two letters, emailAddress an IA5String (PKCS #9),
 * serialNumber a PrintableString (X.520); every other attribute a UTF8String, as RFC 5280
 * requires of new certificates, so that Vietnamese diacritics survive.
 */
public enum DnAttribute {
    C(BCStyle.C, StringType.PRINTABLE, 2, false, "C", "COUNTRY", "COUNTRYNAME"),
    ST(BCStyle.ST, StringType.UTF8, 128, false, "ST", "S", "STATEORPROVINCENAME"),
    L(BCStyle.L, StringType.UTF8, 128, false, "L", "LOCALITY", "LOCALITYNAME"),
    O(BCStyle.O, StringType.UTF8, 64, false, "O", "ORGANIZATION", "ORGANIZATIONNAME"),
    OU(BCStyle.OU, StringType.UTF8, 64, true, "OU", "ORGANIZATIONALUNIT", "ORGANIZATIONALUNITNAME"),
    T(BCStyle.T, StringType.UTF8, 64, false, "T", "TITLE"),
    CN(BCStyle.CN, StringType.UTF8, 64, false, "CN", "COMMONNAME"),
    SERIALNUMBER(BCStyle.SERIALNUMBER, StringType.PRINTABLE, 64, false, "SERIALNUMBER"),
    UID(BCStyle.UID, StringType.UTF8, 256, false, "UID", "USERID"),
    E(BCStyle.EmailAddress, StringType.IA5, 255, false, "E", "EMAIL", "EMAILADDRESS");

    /** The ASN.1 string types we emit. */
    public enum StringType { PRINTABLE, UTF8, IA5 }

    private final ASN1ObjectIdentifier oid;
    private final StringType stringType;
    private final int maxLength;
    private final boolean repeatable;
    private final Set<String> names;

    DnAttribute(ASN1ObjectIdentifier oid, StringType stringType, int maxLength, boolean repeatable,
            String... names) {
        this.oid = oid;
        this.stringType = stringType;
        this.maxLength = maxLength;
        this.repeatable = repeatable;
        this.names = Set.of(names);
    }

    public ASN1ObjectIdentifier oid() {
        return oid;
    }

    /** The ASN.1 type the value is encoded with. */
    public StringType stringType() {
        return stringType;
    }

    /** The upper bound of the value in characters (RFC 5280 Appendix A; 256 for UID). */
    public int maxLength() {
        return maxLength;
    }

    /** Whether a name may carry this attribute more than once (only OU). */
    public boolean repeatable() {
        return repeatable;
    }

    /** Finds an attribute by a short or long name, case-insensitive ({@code cn}, {@code emailAddress}). */
    public static Optional<DnAttribute> byName(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.names.contains(upper)).findFirst();
    }

    /** Finds an attribute by OID. */
    public static Optional<DnAttribute> byOid(ASN1ObjectIdentifier oid) {
        return Arrays.stream(values()).filter(a -> a.oid.equals(oid)).findFirst();
    }
}
