package vn.govca.ocsp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * STYLE "Layout shows the architecture" and DESIGN's security split: the domain is plain Java and
 * reaches no other layer; nothing in the responder touches a token's internals (keys stay behind
 * pki-core's CryptoToken interface) or the CA's issuance code (the responder never signs
 * certificates).
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.govca.ocsp");

    @Test
    void domain_noContainerApisNoOtherLayers() {
        noClasses().that().resideInAPackage("vn.govca.ocsp.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta..", "javax.ws..", "javax.persistence..", "org.primefaces..",
                        "vn.govca.ocsp.application..", "vn.govca.ocsp.infrastructure..")
                .check(CLASSES);
    }

    @Test
    void application_noInfrastructureNoInterfaces() {
        noClasses().that().resideInAPackage("vn.govca.ocsp.application..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.govca.ocsp.infrastructure..",
                        "vn.govca.ocsp.interfaces..", "jakarta..")
                .check(CLASSES);
    }

    @Test
    void infrastructure_noInterfaces() {
        noClasses().that().resideInAPackage("vn.govca.ocsp.infrastructure..")
                .should().dependOnClassesThat().resideInAPackage("vn.govca.ocsp.interfaces..")
                .check(CLASSES);
    }

    /**
     * The database is reached only through {@code infrastructure.db}, and only to read: no audit
     * writes, no migrations, no repository method that reserves or changes a row (a validation node
     * may read a replica).
     */
    @Test
    void database_onlyInfrastructureDbAndReadOnly() {
        noClasses().that().resideOutsideOfPackage("vn.govca.ocsp.infrastructure.db..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.govca.db..", "jakarta.persistence..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("vn.govca.ocsp..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.govca.db.audit..", "org.flywaydb..")
                .orShould().dependOnClassesThat().haveSimpleName("DatabaseMigrator")
                .orShould().callMethodWhere(JavaCall.Predicates.target(
                        DescribedPredicate.describe("a writing method",
                                t -> t.getName().matches("persist|merge|remove|reserve|add|revoke|hold|releaseHold"
                                        + "|markSigned|markFailed|executeUpdate|activate|disable|enable"
                                        + "|markRevoked|changeReasonToKeyCompromise")
                                        && t.getOwner().getPackageName().matches(
                                                "vn\\.govca\\.db\\..*|jakarta\\.persistence.*"))))
                .check(CLASSES);
    }

    @Test
    void responder_noTokenInternalsNoIssuance() {
        noClasses().that().resideInAPackage("vn.govca.ocsp..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.govca.pki.infrastructure..",
                        "vn.govca.pki.domain.cert.lint..", "vn.govca.pki.domain.profile..")
                .orShould().dependOnClassesThat().haveSimpleName("CertificateBuilder")
                .orShould().dependOnClassesThat().haveSimpleName("PreparedCertificate")
                .check(CLASSES);
    }
}
