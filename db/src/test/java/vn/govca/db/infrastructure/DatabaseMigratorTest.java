package vn.govca.db.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.db.testkit.DatabaseKind;
import vn.govca.db.testkit.TestDatabase;

class DatabaseMigratorTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void migrate_emptyDatabase_appliesVersion1(DatabaseKind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            MigrationOutcome outcome = DatabaseMigrator.migrate(db.dataSource());

            assertThat(outcome.schemaVersion()).isEqualTo("1");
            assertThat(outcome.migrationsApplied()).isEqualTo(1);
            assertThat(outcome.product()).isEqualTo(kind == DatabaseKind.H2 ? DatabaseProduct.H2 : DatabaseProduct.MARIADB);
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isZero();
                assertThat(rs.getString(2)).isEqualTo("0".repeat(64));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void migrate_secondRun_appliesNothing(DatabaseKind kind) {
        try (TestDatabase db = kind.create()) {
            DatabaseMigrator.migrate(db.dataSource());

            MigrationOutcome again = DatabaseMigrator.migrate(db.dataSource());

            assertThat(again.migrationsApplied()).isZero();
            assertThat(again.schemaVersion()).isEqualTo("1");
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = "MARIADB")
    void migrate_mariaDb_createsInnoDbUtf8mb4Tables(DatabaseKind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            DatabaseMigrator.migrate(db.dataSource());

            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT table_name, engine, table_collation"
                         + " FROM information_schema.tables WHERE table_schema = DATABASE()"
                         + " AND table_name <> 'flyway_schema_history'")) {
                int tables = 0;
                while (rs.next()) {
                    tables++;
                    assertThat(rs.getString(2)).as(rs.getString(1)).isEqualTo("InnoDB");
                    assertThat(rs.getString(3)).as(rs.getString(1)).isEqualTo("utf8mb4_unicode_ci");
                }
                assertThat(tables).isEqualTo(8);
            }
        }
    }
}
