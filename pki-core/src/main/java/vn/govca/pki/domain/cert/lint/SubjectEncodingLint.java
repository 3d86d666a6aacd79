package vn.govca.pki.domain.cert.lint;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1PrintableString;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import vn.govca.pki.domain.name.DnAttribute;

/**
 * RFC 5280 §4.1.2.4 / §4.1.2.6: DirectoryString values are UTF8String (new certificates MUST use
 * it), countryName is a two-letter upper-case PrintableString (X.520, ISO 3166), serialNumber a
 * PrintableString, emailAddress an IA5String; UTF8 values are NFC-normalized so that names compare
 * byte-wise (RFC 5280 §7.1).
 */
public final class SubjectEncodingLint implements Lint {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    @Override
    public String reference() {
        return "RFC 5280 §4.1.2.4, §4.1.2.6, §7.1";
    }

    @Override
    public List<String> check(LintTarget t) {
        List<String> out = new ArrayList<>();
        for (RDN rdn : t.subject().getRDNs()) {
            for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
                Optional<DnAttribute> a = DnAttribute.byOid(atv.getType());
                a.ifPresent(attribute -> check(attribute, atv.getValue(), out));
            }
        }
        return out;
    }

    private static void check(DnAttribute a, ASN1Encodable value, List<String> out) {
        switch (a.stringType()) {
            case PRINTABLE -> {
                if (!(value instanceof ASN1PrintableString p)) {
                    out.add("subject attribute " + a + " must be a PrintableString, found " + type(value));
                } else if (a == DnAttribute.C && !COUNTRY.matcher(p.getString()).matches()) {
                    out.add("country (C) '" + p.getString() + "' is not two upper-case letters (ISO 3166)");
                }
            }
            case IA5 -> {
                if (!(value instanceof ASN1IA5String)) {
                    out.add("subject attribute " + a + " must be an IA5String, found " + type(value));
                }
            }
            case UTF8 -> {
                if (!(value instanceof ASN1UTF8String u)) {
                    out.add("subject attribute " + a + " must be a UTF8String, found " + type(value));
                } else if (!Normalizer.isNormalized(u.getString(), Normalizer.Form.NFC)) {
                    out.add("subject attribute " + a + " is not NFC-normalized");
                }
            }
            default -> throw new IllegalStateException("unhandled string type " + a.stringType());
        }
    }

    private static String type(ASN1Encodable value) {
        return value.getClass().getSimpleName();
    }
}
