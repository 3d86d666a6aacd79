package vn.govca.pki.domain.cert.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.Test;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;
import vn.govca.pki.testing.TestPki;

class LinterTest {

    private final LintFixture fx = new LintFixture();

    @Test
    void check_everyBuiltProfile_noFindings() {
        for (LintTarget t : List.of(fx.personal(), fx.tls(), fx.ocsp(), fx.subCa())) {
            assertThat(Linter.standard().check(t)).as(t.profile().name()).isEmpty();
        }
    }

    @Test
    void lints_fixedOrderEachWithReference() {
        List<Lint> lints = Linter.standard().lints();
        assertThat(lints).hasSize(19);
        assertThat(lints.get(0)).isInstanceOf(VersionLint.class);
        assertThat(lints.get(1)).isInstanceOf(SerialNumberLint.class);
        assertThat(lints.get(lints.size() - 1)).isInstanceOf(ExtensionSetLint.class);
        assertThat(lints).allSatisfy(l -> assertThat(l.reference()).containsAnyOf("RFC", "CP"));
        assertThat(Linter.standard().lints()).isEqualTo(lints);
    }

    @Test
    void check_severalProblems_allReportedFromEachLint() {
        LintTarget base = fx.personal();
        TbsEditor e = new TbsEditor(base).serial(BigInteger.ONE)
                .validity(TestPki.NOW, TestPki.NOW.plus(Duration.ofDays(2000)))
                .remove(Extension.subjectKeyIdentifier)
                .append(Extension.basicConstraints, true, new BasicConstraints(false));
        List<LintFinding> findings = Linter.standard().check(LintFixture.edited(base, e));
        assertThat(findings).extracting(LintFinding::lint).contains("SerialNumberLint", "ValidityLint",
                "KeyIdentifierLint", "ExtensionSetLint");
        assertThat(findings).allSatisfy(f -> assertThat(f.reference()).isNotBlank());
    }

    @Test
    void enforce_anyFinding_policyViolation() {
        LintTarget base = fx.personal();
        LintTarget bad = LintFixture.edited(base, new TbsEditor(base).serial(BigInteger.valueOf(-1)));
        assertThatThrownBy(() -> Linter.standard().enforce(bad)).isInstanceOfSatisfying(GovCaException.class,
                e -> assertThat(e.category()).isEqualTo(Category.POLICY_VIOLATION));
        Linter.standard().enforce(base);
    }

    @Test
    void check_undecodableExtensionValue_reportedNotThrown() {
        LintTarget base = fx.personal();
        LintTarget bad = LintFixture.edited(base, new TbsEditor(base).put(Extension.keyUsage, true,
                new org.bouncycastle.asn1.DERUTF8String("not a bit string")));
        assertThat(Linter.standard().check(bad)).extracting(LintFinding::lint).contains("KeyUsageLint");
    }

    @Test
    void lintTarget_garbageOrTruncatedOrBer_malformed() {
        LintTarget base = fx.personal();
        byte[] der = base.tbsDer();
        for (byte[] bad : new byte[][] {new byte[] {1, 2, 3}, Arrays.copyOf(der, der.length - 3),
            Arrays.copyOf(der, der.length + 1), berLength(der)}) {
            assertThatThrownBy(() -> new LintTarget(bad, base.profile(), base.issuer(), base.now()))
                    .isInstanceOfSatisfying(GovCaException.class, e -> assertThat(e.category()).isEqualTo(Category.MALFORMED));
        }
    }

    /** The same TBS with its outer length in a non-minimal (BER, not DER) form. */
    private static byte[] berLength(byte[] der) {
        int lenBytes = der[1] & 0x7F;
        int len = 0;
        for (int i = 0; i < lenBytes; i++) {
            len = (len << 8) | (der[2 + i] & 0xFF);
        }
        byte[] out = new byte[der.length + 1];
        out[0] = der[0];
        out[1] = (byte) (0x80 | (lenBytes + 1));
        out[2] = 0;
        System.arraycopy(der, 2, out, 3, der.length - 2);
        return out;
    }
}
