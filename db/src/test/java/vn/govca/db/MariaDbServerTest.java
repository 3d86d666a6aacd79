package vn.govca.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import vn.govca.db.testkit.MariaDbServer;

class MariaDbServerTest {

    @Test
    void start_ownServer_answersInUtf8mb4AndIsGoneAfterClose() throws Exception {
        Path directory;
        try (MariaDbServer server = MariaDbServer.start()) {
            directory = server.dataDirectory();
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT @@character_set_database, @@collation_database, VERSION()")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("utf8mb4");
                assertThat(rs.getString(2)).isEqualTo("utf8mb4_unicode_ci");
            }
        }

        assertThat(Files.exists(directory)).isFalse();
    }
}
