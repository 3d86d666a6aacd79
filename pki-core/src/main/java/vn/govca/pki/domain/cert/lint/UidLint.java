package vn.govca.pki.domain.cert.lint;

import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.identity.VnIdentifier;

/**
 * CP naming rule for Vietnamese identities: a subject UID (RFC 4519 §2.39) carries
 * {@code CCCD:}, {@code CMND:}, {@code HC:} or {@code MST:} and a valid number, and the prefix is
 * one the profile allows (a personal profile takes citizen IDs, an organization profile tax
 * codes).
 */
public final class UidLint implements Lint {

    @Override
    public String reference() {
        return "CP naming (UID prefixes CCCD/CMND/HC/MST); RFC 4519 §2.39";
    }

    @Override
    public List<String> check(LintTarget t) {
        List<String> out = new ArrayList<>();
        for (RDN rdn : t.subject().getRDNs()) {
            for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
                if (!BCStyle.UID.equals(atv.getType()) || !(atv.getValue() instanceof ASN1String s)) {
                    continue;
                }
                try {
                    VnIdentifier id = VnIdentifier.parse(s.getString());
                    if (!t.profile().uidPrefixes().contains(id.type())) {
                        out.add("UID prefix " + id.type().prefix() + " is not allowed by profile "
                                + t.profile().name() + " (allowed: " + t.profile().uidPrefixes() + ")");
                    }
                } catch (GovCaException e) {
                    out.add("UID: " + e.getMessage());
                }
            }
        }
        return out;
    }
}
