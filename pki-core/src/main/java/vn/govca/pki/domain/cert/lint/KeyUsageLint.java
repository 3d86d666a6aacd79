package vn.govca.pki.domain.cert.lint;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.profile.KeyUsageBit;
import vn.govca.pki.domain.profile.KeyUsageRule;

/**
 * RFC 5280 §4.2.1.3: keyUsage is present with at least one bit and the criticality the profile
 * sets (the RFC says SHOULD be critical); the bits are exactly those the profile grants for this
 * key type — keyEncipherment only for RSA keys (RFC 5480 §3), keyCertSign/cRLSign only for CAs.
 */
public final class KeyUsageLint implements Lint {

    @Override
    public String reference() {
        return "RFC 5280 §4.2.1.3; RFC 5480 §3; profile keyUsage";
    }

    @Override
    public List<String> check(LintTarget t) {
        List<String> out = new ArrayList<>();
        Optional<Extension> ext = t.extension(Extension.keyUsage);
        if (ext.isEmpty()) {
            out.add("keyUsage extension is missing");
            return out;
        }
        KeyUsageRule rule = t.profile().keyUsage();
        if (ext.get().isCritical() != rule.critical()) {
            out.add("keyUsage critical is " + ext.get().isCritical() + ", profile requires " + rule.critical());
        }
        KeyUsage ku = KeyUsage.getInstance(ext.get().getParsedValue());
        Set<KeyUsageBit> present = EnumSet.noneOf(KeyUsageBit.class);
        for (KeyUsageBit b : KeyUsageBit.values()) {
            if (ku.hasUsages(b.mask())) {
                present.add(b);
            }
        }
        if (present.isEmpty()) {
            out.add("keyUsage has no bit set");
        }
        try {
            KeySpec spec = KeySpec.of(t.publicKey());
            Set<KeyUsageBit> expected = rule.bitsFor(spec);
            if (!present.equals(expected)) {
                out.add("keyUsage " + present + " differs from profile " + t.profile().name() + " "
                        + expected + " for a " + spec.externalName() + " key");
            }
            if (spec.isEc() && present.contains(KeyUsageBit.KEY_ENCIPHERMENT)) {
                out.add("keyEncipherment is set for an EC key");
            }
        } catch (GovCaException e) {
            out.add("keyUsage cannot be checked against the key: " + e.getMessage());
        }
        return out;
    }
}
