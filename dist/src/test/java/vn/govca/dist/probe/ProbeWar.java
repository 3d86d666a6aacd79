package vn.govca.dist.probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs {@link ProbeServlet} and a persistence unit on GovCaDS (EclipseLink, no entities) into
 * {@code dist-probe.war}, context root {@code /dist-probe}.
 */
public final class ProbeWar {

    /** File name and so the context root. */
    public static final String FILE_NAME = "dist-probe.war";

    private static final String PERSISTENCE_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
              <persistence-unit name="probe" transaction-type="JTA">
                <provider>org.eclipse.persistence.jpa.PersistenceProvider</provider>
                <jta-data-source>java:jboss/datasources/GovCaDS</jta-data-source>
                <exclude-unlisted-classes>true</exclude-unlisted-classes>
                <properties>
                  <property name="jboss.as.jpa.providerModule" value="org.eclipse.persistence"/>
                  <property name="eclipselink.logging.level" value="WARNING"/>
                </properties>
              </persistence-unit>
            </persistence>
            """;

    private ProbeWar() {
    }

    /** Writes the WAR into {@code dir} and returns its path. */
    public static Path writeTo(Path dir) {
        Path war = dir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dir);
            try (OutputStream out = Files.newOutputStream(war); ZipOutputStream zip = new ZipOutputStream(out)) {
                String classFile = ProbeServlet.class.getName().replace('.', '/') + ".class";
                zip.putNextEntry(new ZipEntry("WEB-INF/classes/" + classFile));
                try (InputStream in = ProbeServlet.class.getClassLoader().getResourceAsStream(classFile)) {
                    if (in == null) {
                        throw new IllegalStateException(classFile + " is not on the test class path");
                    }
                    in.transferTo(zip);
                }
                zip.putNextEntry(new ZipEntry("WEB-INF/classes/META-INF/persistence.xml"));
                zip.write(PERSISTENCE_XML.getBytes(StandardCharsets.UTF_8));
            }
            return war;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + war, e);
        }
    }
}
