package vn.govca.db.testkit;

/**
 * The engines every database test runs on: {@code @ParameterizedTest @EnumSource(DatabaseKind.class)}.
 */
public enum DatabaseKind {
    /** H2 in memory, with the URL options the server uses. */
    H2,
    /** A fresh database on the MariaDB server this JVM started (see {@link MariaDbServer#shared()}). */
    MARIADB;

    /** A new, empty database of this kind. */
    public TestDatabase create() {
        return switch (this) {
            case H2 -> H2Database.inMemory();
            case MARIADB -> MariaDbServer.shared().createDatabase();
        };
    }
}
