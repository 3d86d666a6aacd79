package vn.govca.db;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN "the arrows go one way": db knows no PKIX; its domain knows no persistence machinery. */
class ArchitectureTest {

    private static final JavaClasses DB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.govca.db");

    @Test
    void db_dependsOnNeitherPkiCoreNorBouncyCastle() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("vn.govca.pki..", "org.bouncycastle..")
                .check(DB);
    }

    @Test
    void domain_usesNoEntityManagerFlywayOrOtherLayers() {
        noClasses().that().resideInAPackage("vn.govca.db.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.govca.db.infrastructure..",
                        "vn.govca.db.audit..", "org.flywaydb..", "org.eclipse.persistence..", "java.sql..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(DB);
    }

    @Test
    void mainCode_usesNoEclipseLinkApi() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.eclipse.persistence..").check(DB);
    }
}
