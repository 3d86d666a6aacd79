package vn.govca.ocsp.node;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The validation node's security context (README, DESIGN invariant 3): it reaches the database
 * only through ocsp-responder's read-only {@code infrastructure.db}, never writes (no
 * persist/merge/remove, no audit, no migration), opens no token but its responder token and never
 * touches token internals or issuance code. Layers as everywhere: interfaces → application →
 * infrastructure.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.govca.ocsp.node");

    @Test
    void node_noDatabaseWritesNoAuditNoMigrations() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("vn.govca.db..", "org.flywaydb..",
                        "vn.govca.ca..")
                .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching(
                                "persist|merge|remove|flush|executeUpdate|createNativeQuery")))
                .check(CLASSES);
    }

    @Test
    void node_noTokenInternalsNoIssuance() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("vn.govca.pki.infrastructure..",
                        "vn.govca.pki.domain.cert.lint..", "vn.govca.pki.domain.profile..")
                .orShould().dependOnClassesThat().haveSimpleName("TokenResponderCredentials")
                .check(CLASSES);
    }

    @Test
    void layers_applicationAndInfrastructureDoNotReachInterfaces() {
        noClasses().that().resideInAnyPackage("vn.govca.ocsp.node.application..", "vn.govca.ocsp.node.infrastructure..")
                .should().dependOnClassesThat().resideInAPackage("vn.govca.ocsp.node.interfaces..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("vn.govca.ocsp.node.infrastructure..")
                .should().dependOnClassesThat().resideInAPackage("vn.govca.ocsp.node.application..")
                .check(CLASSES);
    }
}
