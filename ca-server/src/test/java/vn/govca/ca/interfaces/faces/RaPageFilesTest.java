package vn.govca.ca.interfaces.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Facelets file of ra-web outside {@code ra/templates/} is a page (a whole HTML document, or a
 * composition with the layout template), because {@link RaWebFilter} answers "not found" only for
 * {@code /ra/templates/}: a fragment elsewhere would be rendered alone, broken, when requested
 * directly. And pages include fragments only from there.
 */
class RaPageFilesTest {

    private static final String ROOT = "META-INF/resources/ra";
    private static final Pattern INCLUDE = Pattern.compile("<ui:include\\s+src=\"([^\"]+)\"");

    @Test
    void facelets_outsideTemplates_arePagesAndIncludeOnlyTemplates() throws IOException, URISyntaxException {
        List<String> pages = new ArrayList<>();
        List<String> includes = new ArrayList<>();
        withRoot(root -> {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                    String name = root.relativize(file).toString().replace('\\', '/');
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    Matcher m = INCLUDE.matcher(text);
                    while (m.find()) {
                        includes.add(name + " -> " + m.group(1));
                    }
                    if (!name.startsWith("templates/")) {
                        pages.add(name);
                        assertThat(text.contains("template=\"/templates/layout.xhtml\"") || text.contains("<html"))
                                .as("%s outside templates/ is a page, not a fragment", name).isTrue();
                    }
                }
            }
        });

        assertThat(pages).contains("home.xhtml", "login.xhtml", "requests/list.xhtml", "dashboard.xhtml")
                .doesNotContain("requests/table.xhtml", "requests/bars.xhtml");
        assertThat(includes).isNotEmpty().allSatisfy(i -> assertThat(i).contains(" -> /templates/"));
    }

    private interface RootWork {
        void run(Path root) throws IOException;
    }

    /** Runs {@code work} on ra-web's {@code META-INF/resources/ra}, in its jar or classes folder. */
    private static void withRoot(RootWork work) throws IOException, URISyntaxException {
        URL login = RaPageFilesTest.class.getClassLoader().getResource(ROOT + "/login.xhtml");
        assertThat(login).as("ra-web on the test class path").isNotNull();
        URI uri = login.toURI();
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                work.run(jar.getPath("/" + ROOT));
            }
        } else {
            work.run(Path.of(uri).getParent());
        }
    }
}
