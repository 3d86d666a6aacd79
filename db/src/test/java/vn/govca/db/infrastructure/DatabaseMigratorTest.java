package vn.govca.db.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.govca.db.testkit.DatabaseKind;
import vn.govca.db.testkit.TestDatabase;

class DatabaseMigratorTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void migrate_emptyDatabase_appliesAllVersions(DatabaseKind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            MigrationOutcome outcome = DatabaseMigrator.migrate(db.dataSource());

            assertThat(outcome.schemaVersion()).isEqualTo("5");
            assertThat(outcome.migrationsApplied()).isEqualTo(5);
            assertThat(outcome.product()).isEqualTo(kind == DatabaseKind.H2 ? DatabaseProduct.H2 : DatabaseProduct.MARIADB);
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isZero();
                assertThat(rs.getString(2)).isEqualTo("0".repeat(64));
            }
        }
    }

    /** V4: the CRL read is covered by one index, which replaces the narrower one it starts with. */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void migrate_version4_crlCoveringIndexReplacesCaStatusNotAfter(DatabaseKind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            DatabaseMigrator.migrate(db.dataSource());

            try (Connection c = db.connect()) {
                Map<String, List<String>> indexes = new TreeMap<>();
                String table = kind == DatabaseKind.H2 ? "CERTIFICATE" : "certificate";
                try (ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), null, table, false, false)) {
                    while (rs.next()) {
                        if (rs.getString("INDEX_NAME") != null) {
                            indexes.computeIfAbsent(rs.getString("INDEX_NAME").toLowerCase(Locale.ROOT),
                                    k -> new ArrayList<>())
                                    .add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                        }
                    }
                }
                assertThat(indexes).doesNotContainKey("ix_certificate_ca_status_not_after");
                assertThat(indexes.get("ix_certificate_crl")).containsExactly("ca_id", "status", "not_after",
                        "serial_hex", "revocation_time", "revocation_reason", "invalidity_date");
            }
        }
    }

    /**
     * V5 on an installation at schema 4 with a key device: the device stays, its history starts empty,
     * the history index leads with the device, and an event kind outside the four is refused.
     */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void migrate_fromVersion4WithKeyDevice_addsEmptyHistoryWithIndexAndKindCheck(DatabaseKind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            migrateTo(db, "4");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO agency (province_id, name, name_search, path, created_at, updated_at,"
                        + " version) VALUES (NULL, 'Bộ Tài chính', 'bo tai chinh', '/', '2026-01-01 00:00:00',"
                        + " '2026-01-01 00:00:00', 1)");
                s.executeUpdate("INSERT INTO key_device (kind, serial_number, agency_id, created_at) SELECT 'USB_TOKEN',"
                        + " 'TK-1', id, '2026-01-01 00:00:00' FROM agency");
            }

            MigrationOutcome outcome = DatabaseMigrator.migrate(db.dataSource());

            assertThat(outcome.migrationsApplied()).isEqualTo(1);
            assertThat(outcome.schemaVersion()).isEqualTo("5");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM key_device),"
                        + " (SELECT COUNT(*) FROM key_device_event)")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                    assertThat(rs.getInt(2)).isZero();
                }
                s.executeUpdate("INSERT INTO key_device_event (key_device_id, kind, actor, occurred_at, note)"
                        + " SELECT id, 'RESTORED', 'op (PASSWORD)', '2026-01-02 00:00:00', 'mở khóa' FROM key_device");
                assertThatThrownBy(() -> s.executeUpdate("INSERT INTO key_device_event (key_device_id, kind, actor,"
                        + " occurred_at) SELECT id, 'LOST', 'op', '2026-01-02 00:00:00' FROM key_device"))
                        .isInstanceOf(SQLException.class);
                assertThat(indexColumns(c, kind, "key_device_event").get("ix_key_device_event_device_time"))
                        .startsWith("key_device_id", "occurred_at");
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
            assertThat(again.schemaVersion()).isEqualTo("5");
        }
    }

    /** An installation at schema 1 with data is upgraded in place (V2: CRL tables, hold release column; V3 to V5). */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void migrate_fromVersion1WithCertificates_appliesVersions2To5AndKeepsRows(DatabaseKind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            migrateTo(db, "1");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO certificate_authority (name, subject_dn, status, token_name, key_alias,"
                        + " key_spec, signature_algorithm, created_at, updated_at, version) VALUES ('ca-1', 'CN=ca-1',"
                        + " 'AWAITING_CERTIFICATE', 't', 'k', 'EC-P256', 'SHA256withECDSA', '2026-01-01 00:00:00',"
                        + " '2026-01-01 00:00:00', 1)");
                s.executeUpdate("INSERT INTO certificate (ca_id, serial_hex, status, subject_dn, subject_search,"
                        + " profile_name, not_before, not_after, created_at, updated_at, version) SELECT id, 'ab',"
                        + " 'RESERVED', 'CN=a', 'a', 'personal', '2026-01-01 00:00:00', '2027-01-01 00:00:00',"
                        + " '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1 FROM certificate_authority");
            }

            MigrationOutcome outcome = DatabaseMigrator.migrate(db.dataSource());

            assertThat(outcome.migrationsApplied()).isEqualTo(4);
            assertThat(outcome.schemaVersion()).isEqualTo("5");
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT serial_hex, hold_released_at FROM certificate")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("ab");
                assertThat(rs.getObject(2)).isNull();
                assertThat(rs.next()).isFalse();
            }
        }
    }

    /**
     * An installation at schema 2 with an administrator and a certificate is upgraded to V3: the
     * rows stay, the new columns are NULL, the seed data is there.
     */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void migrate_fromVersion2WithRows_appliesVersions3To5AndKeepsRows(DatabaseKind kind) throws Exception {
        try (TestDatabase db = kind.create()) {
            migrateTo(db, "2");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO administrator (username, display_name, role, password_hash, enabled,"
                        + " failed_logins, created_at) VALUES ('op', 'Operator', 'CA_OPERATOR', 'h', TRUE, 0,"
                        + " '2026-01-01 00:00:00')");
                s.executeUpdate("INSERT INTO certificate_authority (name, subject_dn, status, token_name, key_alias,"
                        + " key_spec, signature_algorithm, created_at, updated_at, version) VALUES ('ca-1', 'CN=ca-1',"
                        + " 'AWAITING_CERTIFICATE', 't', 'k', 'EC-P256', 'SHA256withECDSA', '2026-01-01 00:00:00',"
                        + " '2026-01-01 00:00:00', 1)");
                s.executeUpdate("INSERT INTO certificate (ca_id, serial_hex, status, subject_dn, subject_search,"
                        + " profile_name, not_before, not_after, created_at, updated_at, version) SELECT id, 'ab',"
                        + " 'ACTIVE', 'CN=a', 'a', 'personal', '2026-01-01 00:00:00', '2027-01-01 00:00:00',"
                        + " '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1 FROM certificate_authority");
            }

            MigrationOutcome outcome = DatabaseMigrator.migrate(db.dataSource());

            assertThat(outcome.migrationsApplied()).isEqualTo(3);
            assertThat(outcome.schemaVersion()).isEqualTo("5");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT serial_hex, subscriber_id, province_id, cert_type"
                        + " FROM certificate")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("ab");
                    assertThat(rs.getObject(2)).isNull();
                    assertThat(rs.getObject(3)).isNull();
                    assertThat(rs.getObject(4)).isNull();
                }
                try (ResultSet rs = s.executeQuery("SELECT username, scope_province_id, email FROM administrator")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("op");
                    assertThat(rs.getObject(2)).isNull();
                    assertThat(rs.getObject(3)).isNull();
                }
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM province")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(34);
                }
            }
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
                assertThat(tables).isEqualTo(19);
            }
        }
    }

    private static Map<String, List<String>> indexColumns(Connection c, DatabaseKind kind, String table)
            throws SQLException {
        Map<String, List<String>> indexes = new TreeMap<>();
        String name = kind == DatabaseKind.H2 ? table.toUpperCase(Locale.ROOT) : table;
        try (ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), null, name, false, false)) {
            while (rs.next()) {
                if (rs.getString("INDEX_NAME") != null) {
                    indexes.computeIfAbsent(rs.getString("INDEX_NAME").toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return indexes;
    }

    private static void migrateTo(TestDatabase db, String target) throws Exception {
        ClassLoader loader = DatabaseMigrator.class.getClassLoader();
        DatabaseProduct product;
        try (Connection c = db.connect()) {
            product = DatabaseProduct.of(c);
        }
        Flyway.configure(loader).dataSource(db.dataSource()).locations("classpath:" + DatabaseMigrator.MIGRATIONS)
                .resourceProvider(new IndexedMigrationResources(loader, DatabaseMigrator.MIGRATIONS))
                .javaMigrationClassProvider(List::of).placeholders(product.placeholders()).target(target)
                .load().migrate();
    }
}
