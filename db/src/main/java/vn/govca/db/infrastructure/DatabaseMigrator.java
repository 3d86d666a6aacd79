package vn.govca.db.infrastructure;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this build expects, at application start-up and
 * before anything else touches the database. Flyway owns the schema; JPA never generates DDL.
 *
 * <p>The scripts under {@code db/migration} are listed in {@code db/migration/index.txt} and
 * read through {@link IndexedMigrationResources}, so no class-path scanning is involved (works
 * under WildFly's VFS). Placeholders come from the detected {@link DatabaseProduct}. Flyway's
 * {@code clean} is disabled: nothing in GovCA may drop the CA's tables.
 */
public final class DatabaseMigrator {

    /** Class-path folder of the migration scripts. */
    public static final String MIGRATIONS = "db/migration";

    private DatabaseMigrator() {
    }

    /**
     * Applies pending migrations; a second call with nothing pending applies none.
     *
     * @throws IllegalStateException when the JVM time zone shifts local times (see
     *         {@link JvmTimeZone#requireFixedOffset()}), the engine is unsupported, or the
     *         migration index is broken
     * @throws org.flywaydb.core.api.FlywayException when a migration fails or an applied one
     *         was changed
     */
    public static MigrationOutcome migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        JvmTimeZone.requireFixedOffset();
        DatabaseProduct product = detect(dataSource);
        ClassLoader loader = DatabaseMigrator.class.getClassLoader();
        Flyway flyway = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:" + MIGRATIONS)
                .resourceProvider(new IndexedMigrationResources(loader, MIGRATIONS))
                .javaMigrationClassProvider(List::of)
                .placeholders(product.placeholders())
                .encoding(StandardCharsets.UTF_8)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .baselineOnMigrate(false)
                .outOfOrder(false)
                .load();
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        String version = current == null ? "0" : current.getVersion().getVersion();
        return new MigrationOutcome(version, result.migrationsExecuted, product);
    }

    private static DatabaseProduct detect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return DatabaseProduct.of(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database to migrate it: " + e.getMessage(), e);
        }
    }
}
