package vn.govca.pki.domain.cert.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.govca.pki.domain.GovCaException;

/**
 * The fixed, ordered list of {@link Lint} rules every to-be-signed certificate passes before it
 * is signed (DESIGN invariant 2, "lint before sign"). All rules run; all findings are reported
 * together, so that an operator fixes a request in one go.
 */
public final class Linter {

    private static final Linter STANDARD = new Linter(List.of(
            new VersionLint(),
            new SerialNumberLint(),
            new SignatureAlgorithmLint(),
            new IssuerNameLint(),
            new ValidityLint(),
            new IssuerValidityLint(),
            new PublicKeyLint(),
            new SubjectAttributesLint(),
            new SubjectEncodingLint(),
            new UidLint(),
            new SubjectAltNameLint(),
            new KeyUsageLint(),
            new ExtendedKeyUsageLint(),
            new BasicConstraintsLint(),
            new KeyIdentifierLint(),
            new CertificatePoliciesLint(),
            new DistributionPointsLint(),
            new OcspNoCheckLint(),
            new ExtensionSetLint()));

    private final List<Lint> lints;

    private Linter(List<Lint> lints) {
        this.lints = List.copyOf(lints);
    }

    /** The GovCA rule set, in its fixed order. */
    public static Linter standard() {
        return STANDARD;
    }

    public List<Lint> lints() {
        return lints;
    }

    /** Runs every rule; a rule that cannot decode what it checks reports that as a finding. */
    public List<LintFinding> check(LintTarget target) {
        List<LintFinding> findings = new ArrayList<>();
        for (Lint lint : lints) {
            List<String> problems;
            try {
                problems = lint.check(target);
            } catch (GovCaException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
                problems = List.of("cannot decode the checked field: " + e.getMessage());
            }
            for (String p : problems) {
                findings.add(new LintFinding(lint.id(), lint.reference(), p));
            }
        }
        return findings;
    }

    /**
     * Runs every rule and refuses the certificate if any finds a problem.
     *
     * @throws GovCaException POLICY_VIOLATION listing every finding
     */
    public void enforce(LintTarget target) {
        List<LintFinding> findings = check(target);
        if (!findings.isEmpty()) {
            throw GovCaException.policy("certificate refused by " + findings.size() + " lint finding"
                    + (findings.size() == 1 ? "" : "s") + ": "
                    + findings.stream().map(LintFinding::toString).collect(Collectors.joining("; ")));
        }
    }
}
