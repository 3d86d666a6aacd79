package vn.govca.pki.domain.cert.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.key.SignatureAlgorithm;

/**
 * RFC 5280 §4.1.2.3: the signature field names an algorithm the issuer's key can produce, with
 * the canonical parameters of RFC 4055 §5 (RSA: NULL) and RFC 5758 §3.2 (ECDSA: absent); SHA-1
 * and weaker are refused.
 */
public final class SignatureAlgorithmLint implements Lint {

    @Override
    public String reference() {
        return "RFC 5280 §4.1.2.3; RFC 4055 §5; RFC 5758 §3.2";
    }

    @Override
    public List<String> check(LintTarget t) {
        List<String> out = new ArrayList<>();
        Optional<SignatureAlgorithm> alg = SignatureAlgorithm.of(t.signature());
        if (alg.isEmpty()) {
            out.add("signature algorithm " + t.signature().getAlgorithm().getId()
                    + " (with these parameters) is not allowed (allowed: SHA-256/384/512 with RSA"
                    + " PKCS#1 v1.5 or ECDSA)");
            return out;
        }
        try {
            KeySpec issuerKey = KeySpec.of(t.issuer().publicKey());
            if (!alg.get().matches(issuerKey)) {
                out.add("signature algorithm " + alg.get().jcaName() + " does not fit the issuer key "
                        + issuerKey.externalName());
            }
        } catch (GovCaException e) {
            out.add("issuer public key is not usable: " + e.getMessage());
        }
        return out;
    }
}
