package vn.govca.pki.domain.name;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import vn.govca.pki.domain.GovCaException;

/**
 * A distinguished name as an ordered list of single-valued attributes, most significant first
 * (the DER order: {@code C=VN, O=Ban Cơ yếu Chính phủ, CN=...}). It encodes each attribute with
 * the ASN.1 type RFC 5280 §4.1.2.4 asks for (see {@link DnAttribute}): Bouncy Castle's default
 * string conversion is never used, so the bytes do not depend on a name style.
 *
 * <p>The string form lists the RDNs in DER order (not the reversed order of RFC 4514), separated
 * by {@code ", "}; {@code \\}, {@code ,}, {@code +} and {@code =} in values are escaped with a
 * backslash. Multi-valued RDNs are not supported.
 */
public final class SubjectName {

    private static final SubjectName EMPTY = new SubjectName(List.of());

    private final List<NameEntry> entries;

    /**
     * @throws GovCaException MALFORMED if a non-repeatable attribute occurs twice
     */
    public SubjectName(List<NameEntry> entries) {
        this.entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        for (DnAttribute a : DnAttribute.values()) {
            if (!a.repeatable() && values(a).size() > 1) {
                throw GovCaException.malformed("subject attribute " + a + " occurs "
                        + values(a).size() + " times; it may occur at most once");
            }
        }
    }

    public static SubjectName empty() {
        return EMPTY;
    }

    /** Parses {@code "C=VN, O=Ban Cơ yếu Chính phủ, CN=Phạm Văn A"} (DER order). */
    public static SubjectName parse(String text) {
        return new SubjectName(DnStringParser.parse(text));
    }

    /**
     * Reads a name from JSON: either an object whose members are attributes in order, each a
     * string or an array of strings (repeated attribute), e.g.
     * {@code {"C":"VN","O":"Bộ Tài chính","OU":["A","B"],"CN":"Cục Thuế"}}, or an array of
     * one-member objects {@code [{"C":"VN"},{"CN":"..."}]}.
     *
     * @throws GovCaException MALFORMED for another shape, an unknown attribute or a bad value
     */
    public static SubjectName fromJson(JsonValue json) {
        List<NameEntry> out = new ArrayList<>();
        if (json instanceof JsonObject object) {
            readObject(object, out);
        } else if (json instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (!(item instanceof JsonObject object) || object.size() != 1) {
                    throw GovCaException.malformed("subject name array items must be objects with one member");
                }
                readObject(object, out);
            }
        } else {
            throw GovCaException.malformed("subject name must be a JSON object or array");
        }
        return new SubjectName(out);
    }

    private static void readObject(JsonObject object, List<NameEntry> out) {
        for (Map.Entry<String, JsonValue> member : object.entrySet()) {
            DnAttribute attribute = attribute(member.getKey());
            JsonValue v = member.getValue();
            if (v instanceof JsonString s) {
                out.add(new NameEntry(attribute, s.getString()));
            } else if (v instanceof JsonArray values) {
                for (JsonValue item : values) {
                    if (!(item instanceof JsonString s)) {
                        throw GovCaException.malformed("subject attribute " + attribute + " values must be strings");
                    }
                    out.add(new NameEntry(attribute, s.getString()));
                }
            } else {
                throw GovCaException.malformed("subject attribute " + attribute + " must be a string or an array of strings");
            }
        }
    }

    /**
     * Reads a name from its ASN.1 form, e.g. a CSR subject.
     *
     * @throws GovCaException POLICY_VIOLATION for a multi-valued RDN or an attribute we do not
     *     issue; MALFORMED for a value that is not a string or fails {@link NameEntry}'s checks
     */
    public static SubjectName fromX500Name(X500Name name) {
        List<NameEntry> out = new ArrayList<>();
        for (RDN rdn : name.getRDNs()) {
            if (rdn.isMultiValued()) {
                throw GovCaException.policy("multi-valued RDNs are not supported");
            }
            AttributeTypeAndValue atv = rdn.getFirst();
            DnAttribute attribute = DnAttribute.byOid(atv.getType()).orElseThrow(() ->
                    GovCaException.policy("subject attribute " + atv.getType().getId() + " is not supported"));
            if (!(atv.getValue() instanceof ASN1String s)) {
                throw GovCaException.malformed("subject attribute " + attribute + " is not a string");
            }
            out.add(new NameEntry(attribute, s.getString()));
        }
        return new SubjectName(out);
    }

    static DnAttribute attribute(String name) {
        return DnAttribute.byName(name).orElseThrow(() -> GovCaException.malformed("subject attribute '"
                + name + "' is not supported (C, ST, L, O, OU, T, CN, SERIALNUMBER, UID, E)"));
    }

    /** The attributes in DER order. */
    public List<NameEntry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** All values of one attribute, in order. */
    public List<String> values(DnAttribute attribute) {
        return entries.stream().filter(e -> e.attribute() == attribute).map(NameEntry::value)
                .collect(Collectors.toUnmodifiableList());
    }

    /** The first value of one attribute. */
    public Optional<String> first(DnAttribute attribute) {
        return values(attribute).stream().findFirst();
    }

    /** Encodes the name with the ASN.1 string type of each attribute (see {@link DnAttribute}). */
    public X500Name toX500Name() {
        RDN[] rdns = new RDN[entries.size()];
        for (int i = 0; i < rdns.length; i++) {
            NameEntry e = entries.get(i);
            rdns[i] = new RDN(e.attribute().oid(), encode(e));
        }
        return new X500Name(rdns);
    }

    private static ASN1Encodable encode(NameEntry e) {
        return switch (e.attribute().stringType()) {
            case PRINTABLE -> new DERPrintableString(e.value(), true);
            case IA5 -> new DERIA5String(e.value(), true);
            case UTF8 -> new DERUTF8String(e.value());
        };
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>(entries.size());
        for (NameEntry e : entries) {
            parts.add(e.attribute().name() + "=" + DnStringParser.escape(e.value()));
        }
        return String.join(", ", parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubjectName other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }
}
