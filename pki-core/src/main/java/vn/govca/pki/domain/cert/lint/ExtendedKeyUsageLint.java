package vn.govca.pki.domain.cert.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import vn.govca.pki.domain.profile.ExtendedKeyUsagePurpose;
import vn.govca.pki.domain.profile.ExtendedKeyUsageRule;

/**
 * RFC 5280 §4.2.1.12: extendedKeyUsage, when present, lists at least one purpose, never
 * anyExtendedKeyUsage (GovCA policy), and only purposes the profile allows; every required purpose
 * is present; the criticality follows the profile.
 */
public final class ExtendedKeyUsageLint implements Lint {

    @Override
    public String reference() {
        return "RFC 5280 §4.2.1.12; profile extendedKeyUsage";
    }

    @Override
    public List<String> check(LintTarget t) {
        List<String> out = new ArrayList<>();
        ExtendedKeyUsageRule rule = t.profile().extendedKeyUsage();
        Optional<Extension> ext = t.extension(Extension.extendedKeyUsage);
        if (ext.isEmpty()) {
            if (!rule.required().isEmpty()) {
                out.add("extendedKeyUsage is missing; profile " + t.profile().name() + " requires " + rule.required());
            }
            return out;
        }
        if (ext.get().isCritical() != rule.critical()) {
            out.add("extendedKeyUsage critical is " + ext.get().isCritical() + ", profile requires " + rule.critical());
        }
        KeyPurposeId[] ids = ExtendedKeyUsage.getInstance(ext.get().getParsedValue()).getUsages();
        if (ids.length == 0) {
            out.add("extendedKeyUsage is present but empty");
        }
        List<ExtendedKeyUsagePurpose> present = new ArrayList<>();
        for (KeyPurposeId id : ids) {
            Optional<ExtendedKeyUsagePurpose> p = ExtendedKeyUsagePurpose.byOid(id.toOID());
            if (p.isEmpty() || !rule.allows(p.get())) {
                out.add("extended key usage " + p.map(Object::toString).orElse(id.toOID().getId())
                        + " is not allowed by profile " + t.profile().name());
            } else {
                present.add(p.get());
            }
        }
        for (ExtendedKeyUsagePurpose r : rule.required()) {
            if (!present.contains(r)) {
                out.add("extended key usage " + r + " is required by profile " + t.profile().name() + " but missing");
            }
        }
        return out;
    }
}
