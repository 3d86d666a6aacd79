package vn.govca.pki.domain.cert.lint;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import vn.govca.pki.domain.profile.BasicConstraintsRule;

/**
 * RFC 5280 §4.2.1.9: a CA certificate has a critical basicConstraints with cA TRUE and the
 * profile's pathLenConstraint; an end-entity certificate has cA FALSE and no pathLenConstraint;
 * §4.2.1.3: keyCertSign is asserted exactly when cA is.
 */
public final class BasicConstraintsLint implements Lint {

    @Override
    public String reference() {
        return "RFC 5280 §4.2.1.9, §4.2.1.3";
    }

    @Override
    public List<String> check(LintTarget t) {
        List<String> out = new ArrayList<>();
        BasicConstraintsRule rule = t.profile().basicConstraints();
        Optional<Extension> ext = t.extension(Extension.basicConstraints);
        boolean ca = false;
        if (ext.isEmpty()) {
            if (rule.present()) {
                out.add("basicConstraints is missing; profile " + t.profile().name() + " requires it");
            }
        } else {
            BasicConstraints bc = BasicConstraints.getInstance(ext.get().getParsedValue());
            ca = bc.isCA();
            if (!rule.present()) {
                out.add("basicConstraints is present; profile " + t.profile().name() + " omits it");
            }
            if (ext.get().isCritical() != rule.critical()) {
                out.add("basicConstraints critical is " + ext.get().isCritical() + ", profile requires " + rule.critical());
            }
            if (ca != rule.ca()) {
                out.add("basicConstraints cA is " + ca + ", profile requires " + rule.ca());
            }
            BigInteger pathLen = bc.getPathLenConstraint();
            Integer actual = pathLen == null ? null : pathLen.intValue();
            if (!Objects.equals(actual, rule.pathLen())) {
                out.add("basicConstraints pathLenConstraint is " + actual + ", profile requires " + rule.pathLen());
            }
        }
        Optional<Extension> ku = t.extension(Extension.keyUsage);
        boolean certSign = ku.isPresent()
                && KeyUsage.getInstance(ku.get().getParsedValue()).hasUsages(KeyUsage.keyCertSign);
        if (certSign != ca) {
            out.add("keyCertSign is " + (certSign ? "" : "not ") + "asserted while basicConstraints cA is " + ca);
        }
        return out;
    }
}
