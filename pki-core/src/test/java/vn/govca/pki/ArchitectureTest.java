package vn.govca.pki;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * STYLE "Layout shows the architecture": domain code is plain Java — no JAX-RS, Faces,
 * PrimeFaces or JPA — and never reaches into infrastructure; the certificate domain never touches
 * a token's internals.
 */
class ArchitectureTest {

    /** Imported once: the class files do not change during the run. */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.govca.pki");

    @Test
    void domain_noContainerApis() {
        noClasses().that().resideInAPackage("vn.govca.pki.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.ws.rs..", "jakarta.faces..", "org.primefaces..", "jakarta.persistence..",
                        "javax.ws.rs..", "javax.faces..", "javax.persistence..")
                .check(CLASSES);
    }

    @Test
    void domain_noInfrastructure() {
        noClasses().that().resideInAPackage("vn.govca.pki.domain..")
                .should().dependOnClassesThat().resideInAPackage("vn.govca.pki.infrastructure..")
                .check(CLASSES);
    }

    @Test
    void certificateDomain_noTokenInternals() {
        noClasses().that().resideInAnyPackage("vn.govca.pki.domain.cert..", "vn.govca.pki.domain.profile..",
                        "vn.govca.pki.domain.name..", "vn.govca.pki.domain.identity..", "vn.govca.pki.domain.key..",
                        "vn.govca.pki.infrastructure.cert..")
                .should().dependOnClassesThat().resideInAPackage("vn.govca.pki.infrastructure.token..")
                .check(CLASSES);
    }
}
