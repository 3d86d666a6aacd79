package vn.govca.db.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseProductTest {

    @Test
    void fromProductName_mariaDbOrMySqlDriver_isMariaDbWithInnoDbUtf8mb4() {
        assertThat(DatabaseProduct.fromProductName("MariaDB")).isEqualTo(DatabaseProduct.MARIADB);
        assertThat(DatabaseProduct.fromProductName("MySQL")).isEqualTo(DatabaseProduct.MARIADB);
        assertThat(DatabaseProduct.MARIADB.placeholders().get(DatabaseProduct.TABLE_OPTIONS))
                .isEqualTo("ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
    }

    @Test
    void fromProductName_h2_hasEmptyTableOptions() {
        assertThat(DatabaseProduct.fromProductName("H2")).isEqualTo(DatabaseProduct.H2);
        assertThat(DatabaseProduct.H2.placeholders().get(DatabaseProduct.TABLE_OPTIONS)).isEmpty();
    }

    @Test
    void fromProductName_otherEngine_isRefused() {
        assertThatThrownBy(() -> DatabaseProduct.fromProductName("PostgreSQL"))
                .isInstanceOf(IllegalStateException.class);
    }
}
