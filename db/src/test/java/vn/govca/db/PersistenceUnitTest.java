package vn.govca.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** META-INF/persistence.xml lists every entity and says what the container needs. */
class PersistenceUnitTest {

    @Test
    void persistenceXml_listsExactlyTheEntitiesAndConverters() throws Exception {
        Document xml = persistenceXml();
        List<String> listed = texts(xml, "class");

        List<String> annotated = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.govca.db").stream()
                .filter(c -> c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Converter.class))
                .map(JavaClass::getName).toList();

        assertThat(listed).containsExactlyInAnyOrderElementsOf(annotated);
        assertThat(texts(xml, "exclude-unlisted-classes")).containsExactly("true");
    }

    @Test
    void persistenceXml_isJtaOnGovCaDsWithoutSharedCacheOrDdl() throws Exception {
        Document xml = persistenceXml();
        Element unit = (Element) xml.getElementsByTagName("persistence-unit").item(0);
        Map<String, String> properties = new HashMap<>();
        NodeList nodes = xml.getElementsByTagName("property");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element p = (Element) nodes.item(i);
            properties.put(p.getAttribute("name"), p.getAttribute("value"));
        }

        assertThat(unit.getAttribute("name")).isEqualTo("govca");
        assertThat(unit.getAttribute("transaction-type")).isEqualTo("JTA");
        assertThat(texts(xml, "jta-data-source")).containsExactly("java:jboss/datasources/GovCaDS");
        assertThat(texts(xml, "provider")).containsExactly("org.eclipse.persistence.jpa.PersistenceProvider");
        assertThat(texts(xml, "shared-cache-mode")).containsExactly("NONE");
        assertThat(properties).containsEntry("jboss.as.jpa.providerModule", "org.eclipse.persistence")
                .containsEntry("eclipselink.deploy-on-startup", "true")
                .containsEntry("eclipselink.ddl-generation", "none")
                .containsEntry("jakarta.persistence.schema-generation.database.action", "none")
                .containsEntry("eclipselink.logging.logger", "JavaLogger");
    }

    private static Document persistenceXml() throws Exception {
        try (InputStream in = PersistenceUnitTest.class.getClassLoader()
                .getResourceAsStream("META-INF/persistence.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<String> texts(Document xml, String tag) {
        NodeList nodes = xml.getElementsByTagName(tag);
        List<String> values = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().strip());
        }
        return values;
    }
}
