package vn.govca.db.infrastructure;

import java.util.Objects;

/**
 * What {@link DatabaseMigrator#migrate} did: the schema version now in force, how many
 * migrations this run applied (0 when the schema was already current) and the engine.
 */
public record MigrationOutcome(String schemaVersion, int migrationsApplied, DatabaseProduct product) {

    public MigrationOutcome {
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(product, "product");
        if (migrationsApplied < 0) {
            throw new IllegalArgumentException("migrationsApplied " + migrationsApplied + " is negative");
        }
    }
}
