package vn.govca.pki.domain.profile;

import java.util.EnumSet;
import java.util.Set;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.key.KeySpec;

/**
 * The key usage a profile grants (RFC 5280 §4.2.1.3): {@code bits} always, {@code rsaOnlyBits}
 * only for RSA subject keys (keyEncipherment is meaningless for an ECDSA key, RFC 5480 §3).
 */
public record KeyUsageRule(boolean critical, Set<KeyUsageBit> bits, Set<KeyUsageBit> rsaOnlyBits) {

    public KeyUsageRule {
        bits = Enums.copy(KeyUsageBit.class, bits);
        rsaOnlyBits = Enums.copy(KeyUsageBit.class, rsaOnlyBits);
        for (KeyUsageBit b : rsaOnlyBits) {
            if (bits.contains(b)) {
                throw GovCaException.policy("field keyUsage.rsaOnlyBits: " + b + " is also in keyUsage.bits");
            }
        }
    }

    /** The exact bits a certificate for a key of {@code spec} carries. */
    public Set<KeyUsageBit> bitsFor(KeySpec spec) {
        Set<KeyUsageBit> out = EnumSet.noneOf(KeyUsageBit.class);
        out.addAll(bits);
        if (spec.isRsa()) {
            out.addAll(rsaOnlyBits);
        }
        return Enums.copy(KeyUsageBit.class, out);
    }

    /** Whether no key would get any bit. */
    public boolean isEmpty() {
        return bits.isEmpty() && rsaOnlyBits.isEmpty();
    }

    /** Whether {@code bit} is granted to some key. */
    public boolean mayGrant(KeyUsageBit bit) {
        return bits.contains(bit) || rsaOnlyBits.contains(bit);
    }
}
