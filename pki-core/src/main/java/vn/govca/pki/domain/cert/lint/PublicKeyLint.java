package vn.govca.pki.domain.cert.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.key.KeySpec;

/**
 * RFC 5280 §4.1.2.7 with RFC 3279 §2.3.1 / RFC 5480 §2: the subject key is a supported, strong
 * key (RSA 2048+ with an odd exponent >= 65537, or a named-curve point on P-256/P-384), and its
 * spec is one the profile allows.
 */
public final class PublicKeyLint implements Lint {

    @Override
    public String reference() {
        return "RFC 5280 §4.1.2.7; RFC 3279 §2.3.1; RFC 5480 §2; profile keySpecs";
    }

    @Override
    public List<String> check(LintTarget t) {
        List<String> out = new ArrayList<>();
        KeySpec spec;
        try {
            spec = KeySpec.of(t.publicKey());
        } catch (GovCaException e) {
            out.add(e.getMessage());
            return out;
        }
        if (!t.profile().keySpecs().contains(spec)) {
            out.add("key " + spec.externalName() + " is not allowed by profile " + t.profile().name()
                    + " (allowed: " + t.profile().keySpecs().stream().map(KeySpec::externalName)
                            .collect(Collectors.joining(", ")) + ")");
        }
        return out;
    }
}
