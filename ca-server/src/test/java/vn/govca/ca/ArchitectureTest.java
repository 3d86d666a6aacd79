package vn.govca.ca;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * STYLE "Layout shows the architecture": the CA server's domain is plain Java (no JAX-RS, Faces,
 * PrimeFaces, JPA, CDI or EJB), and only the interfaces layer knows about REST: application and
 * infrastructure never reach into it.
 */
class ArchitectureTest {

    /** Imported once: the class files do not change during the run. */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.govca.ca");

    @Test
    void domain_noContainerApis() {
        noClasses().that().resideInAPackage("vn.govca.ca.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.ws.rs..", "jakarta.faces..", "org.primefaces..", "jakarta.persistence..",
                        "jakarta.enterprise..", "jakarta.ejb..",
                        "javax.ws.rs..", "javax.faces..", "javax.persistence..", "javax.ejb..")
                .check(CLASSES);
    }

    @Test
    void domain_noOuterLayers() {
        noClasses().that().resideInAPackage("vn.govca.ca.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "vn.govca.ca.application..", "vn.govca.ca.infrastructure..", "vn.govca.ca.interfaces..")
                .check(CLASSES);
    }

    @Test
    void application_noInterfaces() {
        noClasses().that().resideInAPackage("vn.govca.ca.application..")
                .should().dependOnClassesThat().resideInAPackage("vn.govca.ca.interfaces..")
                .check(CLASSES);
    }

    @Test
    void infrastructure_noInterfaces() {
        noClasses().that().resideInAPackage("vn.govca.ca.infrastructure..")
                .should().dependOnClassesThat().resideInAPackage("vn.govca.ca.interfaces..")
                .check(CLASSES);
    }

    @Test
    void importedClasses_everyLayerPresent() {
        for (String layer : new String[] {"domain", "application", "infrastructure", "interfaces"}) {
            assertThat(CLASSES.stream()
                    .anyMatch(c -> c.getPackageName().startsWith("vn.govca.ca." + layer)))
                    .as("classes imported from vn.govca.ca.%s", layer).isTrue();
        }
    }
}
