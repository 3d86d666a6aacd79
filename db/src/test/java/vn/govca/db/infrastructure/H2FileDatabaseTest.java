package vn.govca.db.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.govca.db.testkit.H2Database;

/** The embedded default: a file database under var/, migrated once, kept across restarts. */
class H2FileDatabaseTest {

    @Test
    void migrate_fileDatabaseReopened_isAlreadyCurrent(@TempDir Path var) {
        try (H2Database db = H2Database.inDirectory(var)) {
            assertThat(DatabaseMigrator.migrate(db.dataSource()).migrationsApplied()).isEqualTo(5);
        }
        assertThat(Files.exists(var.resolve("govca.mv.db"))).isTrue();

        try (H2Database reopened = H2Database.inDirectory(var)) {
            MigrationOutcome outcome = DatabaseMigrator.migrate(reopened.dataSource());

            assertThat(outcome.migrationsApplied()).isZero();
            assertThat(outcome.schemaVersion()).isEqualTo("5");
        }
    }

    @Test
    void file_relativePath_becomesAbsoluteWithServerOptions() {
        String url = H2Urls.file(Path.of("var/db/govca"));

        assertThat(url).startsWith("jdbc:h2:file:/").endsWith("/var/db/govca" + H2Urls.OPTIONS);
        assertThat(url).contains(";MODE=LEGACY;");
    }
}
