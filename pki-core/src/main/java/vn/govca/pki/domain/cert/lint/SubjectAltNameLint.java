package vn.govca.pki.domain.cert.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.name.DnAttribute;
import vn.govca.pki.domain.name.DnsName;
import vn.govca.pki.domain.name.EmailAddress;
import vn.govca.pki.domain.profile.Presence;
import vn.govca.pki.domain.profile.SanRule;

/**
 * RFC 5280 §4.2.1.6: the SAN is present when the subject is empty and then critical, otherwise
 * non-critical; it holds at least one name; rfc822Name and dNSName entries are well-formed IA5
 * strings. Profile rules: each SAN type is required/optional/forbidden; an {@code E} attribute is
 * repeated as an rfc822Name when the profile says so; a TLS server's CN, if any, is one of its
 * dNSNames (CA/Browser Forum BR §7.1.4.3 practice).
 */
public final class SubjectAltNameLint implements Lint {

    @Override
    public String reference() {
        return "RFC 5280 §4.2.1.6; profile subjectAltName rules";
    }

    @Override
    public List<String> check(LintTarget t) {
        List<String> out = new ArrayList<>();
        Optional<Extension> ext = t.extension(Extension.subjectAlternativeName);
        boolean emptySubject = t.subject().getRDNs().length == 0;
        List<String> emails = new ArrayList<>();
        List<String> dns = new ArrayList<>();
        if (ext.isEmpty()) {
            if (emptySubject) {
                out.add("subject is empty and subjectAltName is missing");
            }
        } else {
            if (ext.get().isCritical() != emptySubject) {
                out.add("subjectAltName critical is " + ext.get().isCritical() + "; it must be "
                        + emptySubject + " when the subject is " + (emptySubject ? "empty" : "not empty"));
            }
            names(GeneralNames.getInstance(ext.get().getParsedValue()), emails, dns, out);
        }
        SanRule rule = t.profile().subjectAltName();
        presence("rfc822Name", rule.email(), emails, t, out);
        presence("dNSName", rule.dns(), dns, t, out);
        if (rule.emailFromSubject()) {
            for (String e : subjectValues(t, DnAttribute.E)) {
                try {
                    if (!emails.contains(new EmailAddress(e).value())) {
                        out.add("subject E " + e + " is not repeated as an rfc822Name SAN");
                    }
                } catch (GovCaException ex) {
                    out.add("subject E: " + ex.getMessage());
                }
            }
        }
        if (rule.dns() == Presence.REQUIRED) {
            for (String cn : subjectValues(t, DnAttribute.CN)) {
                if (!dns.contains(cn.toLowerCase(java.util.Locale.ROOT))) {
                    out.add("subject CN '" + cn + "' is not one of the dNSName SANs " + dns);
                }
            }
        }
        return out;
    }

    private static void names(GeneralNames names, List<String> emails, List<String> dns, List<String> out) {
        if (names.getNames().length == 0) {
            out.add("subjectAltName is present but empty");
        }
        for (GeneralName n : names.getNames()) {
            if (n.getTagNo() != GeneralName.rfc822Name && n.getTagNo() != GeneralName.dNSName) {
                out.add("subjectAltName type " + n.getTagNo() + " is not issued (only rfc822Name, dNSName)");
                continue;
            }
            if (!(n.getName() instanceof ASN1IA5String s)) {
                out.add("subjectAltName entry is not an IA5String");
                continue;
            }
            try {
                if (n.getTagNo() == GeneralName.rfc822Name) {
                    emails.add(new EmailAddress(s.getString()).value());
                } else {
                    dns.add(new DnsName(s.getString()).value());
                }
            } catch (GovCaException e) {
                out.add("subjectAltName: " + e.getMessage());
            }
        }
    }

    private static void presence(String type, Presence p, List<String> found, LintTarget t, List<String> out) {
        if (p == Presence.REQUIRED && found.isEmpty()) {
            out.add("profile " + t.profile().name() + " requires a " + type + " SAN, none present");
        }
        if (p == Presence.FORBIDDEN && !found.isEmpty()) {
            out.add("profile " + t.profile().name() + " forbids " + type + " SANs, found " + found);
        }
    }

    private static List<String> subjectValues(LintTarget t, DnAttribute a) {
        List<String> out = new ArrayList<>();
        for (RDN rdn : t.subject().getRDNs(a.oid())) {
            if (rdn.getFirst().getValue() instanceof ASN1String s) {
                out.add(s.getString());
            }
        }
        return out;
    }
}
