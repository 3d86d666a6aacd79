package vn.govca.pki.domain.cert.lint;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 5280 §4.1.2.1: a certificate with extensions is version 3 (value 2); §4.1.2.8: conforming
 * CAs MUST NOT generate unique identifiers; §4.1.2.9: the extensions field, when present, has at
 * least one extension.
 */
public final class VersionLint implements Lint {

    @Override
    public String reference() {
        return "RFC 5280 §4.1.2.1, §4.1.2.8, §4.1.2.9";
    }

    @Override
    public List<String> check(LintTarget t) {
        List<String> out = new ArrayList<>();
        if (!BigInteger.TWO.equals(t.version())) {
            out.add("certificate version value " + t.version() + " is not 2 (v3)");
        }
        if (t.hasUniqueIds()) {
            out.add("issuerUniqueID/subjectUniqueID present; CAs must not generate them");
        }
        if (t.extensions().isEmpty()) {
            out.add("certificate has no extensions; every GovCA profile requires some");
        }
        return out;
    }
}
