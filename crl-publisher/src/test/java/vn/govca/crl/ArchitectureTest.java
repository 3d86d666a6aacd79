package vn.govca.crl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * STYLE "Layout shows the architecture": the CRL domain is plain Java (no container APIs, no
 * files), never reaches into infrastructure, and the publisher never touches a token's internals
 * (it signs through a {@code ContentSigner} handed to it, DESIGN "CA keys are used only inside the
 * CA server").
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.govca.crl");

    @Test
    void domain_noContainerApisOrFiles() {
        noClasses().that().resideInAPackage("vn.govca.crl.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta..", "javax.ws..", "javax.persistence..", "java.nio.file..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void domain_noInfrastructure() {
        noClasses().that().resideInAPackage("vn.govca.crl.domain..")
                .should().dependOnClassesThat().resideInAPackage("vn.govca.crl.infrastructure..")
                .check(CLASSES);
    }

    @Test
    void publisher_noTokensOrPrivateKeys() {
        noClasses().that().resideInAPackage("vn.govca.crl..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.govca.pki.infrastructure.token..",
                        "vn.govca.pki.domain.token..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("PrivateKey")
                .check(CLASSES);
    }
}
