package vn.govca.db.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationIndexTest {

    @Test
    void index_listsExactlyTheScriptsInTheFolder() throws IOException, URISyntaxException {
        URL folder = getClass().getClassLoader().getResource(DatabaseMigrator.MIGRATIONS);
        List<String> scripts;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            scripts = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }

        List<String> indexed = new IndexedMigrationResources(getClass().getClassLoader(), DatabaseMigrator.MIGRATIONS)
                .names();

        assertThat(indexed).containsExactlyInAnyOrderElementsOf(scripts).isNotEmpty();
    }

    @Test
    void getResources_versionedPrefix_returnsScriptsWithTheirContent() throws IOException {
        IndexedMigrationResources resources =
                new IndexedMigrationResources(getClass().getClassLoader(), DatabaseMigrator.MIGRATIONS);

        var found = resources.getResources("V", new String[] {".sql"});

        assertThat(found).extracting(r -> r.getFilename()).contains("V1__initial_schema.sql");
        try (var reader = found.iterator().next().read()) {
            assertThat(new java.io.BufferedReader(reader).lines().anyMatch(l -> l.contains("CREATE TABLE"))).isTrue();
        }
        assertThat(resources.getResources("R", new String[] {".sql"})).isEmpty();
    }

    @Test
    void constructor_indexNamesMissingScript_isRefused(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("m"));
        Files.writeString(dir.resolve("m/index.txt"), "# scripts\nV1__a.sql\n", StandardCharsets.UTF_8);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> new IndexedMigrationResources(loader, "m"))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void constructor_noIndex_isRefused(@TempDir Path dir) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> new IndexedMigrationResources(loader, "m"))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
