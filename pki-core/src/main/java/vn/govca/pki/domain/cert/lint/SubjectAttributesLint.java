package vn.govca.pki.domain.cert.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import vn.govca.pki.domain.name.DnAttribute;
import vn.govca.pki.domain.profile.SubjectRule;

/**
 * RFC 5280 §4.1.2.6 and the profile's naming rules: every required attribute is present, no
 * attribute outside required/optional appears, only OU repeats, RDNs are single-valued and values
 * are non-empty strings within the upper bounds of RFC 5280 Appendix A.
 */
public final class SubjectAttributesLint implements Lint {

    @Override
    public String reference() {
        return "RFC 5280 §4.1.2.6, Appendix A; profile subject rules";
    }

    @Override
    public List<String> check(LintTarget t) {
        List<String> out = new ArrayList<>();
        SubjectRule rule = t.profile().subject();
        int[] counts = new int[DnAttribute.values().length];
        for (RDN rdn : t.subject().getRDNs()) {
            if (rdn.isMultiValued()) {
                out.add("subject has a multi-valued RDN; only single-valued RDNs are issued");
            }
            for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
                Optional<DnAttribute> a = DnAttribute.byOid(atv.getType());
                if (a.isEmpty()) {
                    out.add("subject attribute " + atv.getType().getId() + " is not supported");
                    continue;
                }
                counts[a.get().ordinal()]++;
                value(a.get(), atv, out);
                if (!rule.allows(a.get())) {
                    out.add("subject attribute " + a.get() + " is not allowed by profile " + t.profile().name()
                            + " (allowed: " + rule.required() + " required, " + rule.optional() + " optional)");
                }
            }
        }
        for (DnAttribute a : DnAttribute.values()) {
            int n = counts[a.ordinal()];
            if (rule.required().contains(a) && n == 0) {
                out.add("subject attribute " + a + " is required by profile " + t.profile().name() + " but missing");
            }
            if (!a.repeatable() && n > 1) {
                out.add("subject attribute " + a + " occurs " + n + " times; at most 1 allowed");
            }
        }
        return out;
    }

    private static void value(DnAttribute a, AttributeTypeAndValue atv, List<String> out) {
        if (!(atv.getValue() instanceof ASN1String s)) {
            out.add("subject attribute " + a + " value is not a string");
            return;
        }
        String v = s.getString();
        int length = v.codePointCount(0, v.length());
        if (v.isBlank()) {
            out.add("subject attribute " + a + " is empty");
        } else if (length > a.maxLength()) {
            out.add("subject attribute " + a + " is " + length + " characters, longer than the limit "
                    + a.maxLength());
        }
    }
}
