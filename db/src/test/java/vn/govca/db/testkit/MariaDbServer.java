package vn.govca.db.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A throwaway MariaDB server for tests: its own data directory under /tmp, its own port on
 * 127.0.0.1, a user with a random password and a utf8mb4 database {@code govca}. Start it
 * once per JVM through {@link #shared()} (it takes about two seconds) and give each test its
 * own database with {@link #createDatabase()}.
 *
 * <p>Needs {@code mariadbd} and {@code mariadb-install-db}; without them it fails and says
 * how to install them. It never skips: a test that needs MariaDB must run against MariaDB.
 */
public final class MariaDbServer implements AutoCloseable {

    /** The database created at start-up. */
    public static final String DATABASE = "govca";
    private static final String USER = "govca";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int START_ATTEMPTS = 3;
    private static final List<String> BIN_DIRS = List.of("/usr/sbin", "/usr/bin", "/usr/local/sbin",
            "/usr/local/bin", "/usr/local/mysql/bin");

    private static MariaDbServer shared;

    private final Path directory;
    private final String password;
    private final AtomicInteger databaseCounter = new AtomicInteger();
    private Process process;
    private int port;

    private MariaDbServer(Path directory, String password) {
        this.directory = directory;
        this.password = password;
    }

    /** The server of this JVM, started on first use and stopped by a shutdown hook. */
    public static synchronized MariaDbServer shared() {
        if (shared == null) {
            MariaDbServer server = start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mariadb-test-server-stop"));
            shared = server;
        }
        return shared;
    }

    /** Starts a server of one's own; close it when done. */
    public static MariaDbServer start() {
        Path mariadbd = findBinary("mariadbd");
        Path installDb = findBinary("mariadb-install-db");
        try {
            Path dir = Files.createTempDirectory("govca-mariadb-");
            byte[] secret = new byte[16];
            new SecureRandom().nextBytes(secret);
            // Not pure hex: EclipseLink takes a hex password for an encrypted one and fails to decrypt it.
            MariaDbServer server = new MariaDbServer(dir, "Pw-" + HexFormat.of().formatHex(secret));
            try {
                server.installDataDirectory(installDb);
                server.launch(mariadbd);
                return server;
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a MariaDB data directory", e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    /** Where the server keeps its files; deleted by {@link #close()}. */
    public Path dataDirectory() {
        return directory;
    }

    /** A new, empty utf8mb4 database on this server, dropped when the result is closed. */
    public TestDatabase createDatabase() {
        String name = "govca_t" + databaseCounter.incrementAndGet();
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return new MariaDbDatabase(this, name);
    }

    void execute(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), USER, password);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB test server refused: " + sql, e);
        }
    }

    /** Stops the server and deletes its data directory. */
    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        process = null;
        TestFiles.deleteRecursively(directory);
    }

    private void installDataDirectory(Path installDb) {
        List<String> command = List.of(installDb.toString(), "--no-defaults",
                "--datadir=" + directory.resolve("data"),
                "--auth-root-authentication-method=normal",
                "--user=" + System.getProperty("user.name"),
                "--skip-test-db", "--skip-name-resolve");
        Path log = directory.resolve("install.log");
        try {
            Process install = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!install.waitFor(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                install.destroyForcibly();
                throw new IllegalStateException("mariadb-install-db did not finish within " + START_TIMEOUT
                        + "; log:\n" + TestFiles.tail(log));
            }
            if (install.exitValue() != 0) {
                throw new IllegalStateException("mariadb-install-db exited with " + install.exitValue()
                        + "; log:\n" + TestFiles.tail(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + installDb, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing the MariaDB data directory", e);
        }
    }

    private void launch(Path mariadbd) throws IOException {
        Path init = directory.resolve("init.sql");
        Files.writeString(init, String.join("\n",
                "CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';",
                "GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'127.0.0.1';", ""), StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            port = freePort();
            Path errorLog = directory.resolve("error-" + attempt + ".log");
            process = new ProcessBuilder(serverCommand(mariadbd, init, errorLog))
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("stdout-" + attempt + ".log").toFile())
                    .start();
            String failure = awaitReady(errorLog);
            if (failure == null) {
                return;
            }
            failures.add(failure);
            if (!failure.contains("Address already in use")) {
                break;
            }
        }
        throw new IllegalStateException("MariaDB test server did not start:\n" + String.join("\n---\n", failures));
    }

    private List<String> serverCommand(Path mariadbd, Path init, Path errorLog) {
        return List.of(mariadbd.toString(), "--no-defaults",
                "--datadir=" + directory.resolve("data"),
                "--socket=" + directory.resolve("mysqld.sock"),
                "--pid-file=" + directory.resolve("mysqld.pid"),
                "--log-error=" + errorLog,
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--user=" + System.getProperty("user.name"),
                "--init-file=" + init,
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci",
                "--skip-name-resolve",
                "--skip-log-bin",
                "--max-connections=300",
                "--innodb-buffer-pool-size=128M",
                "--innodb-log-file-size=48M",
                // Durability is not needed for a throwaway server; speed is.
                "--innodb-flush-log-at-trx-commit=0",
                "--innodb-doublewrite=0");
    }

    /** Polls until a JDBC login works; returns null when ready, else what went wrong. */
    private String awaitReady(Path errorLog) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return "mariadbd exited with " + process.exitValue() + "; log:\n" + TestFiles.tail(errorLog);
            }
            try (Connection c = DriverManager.getConnection(jdbcUrl() + "?connectTimeout=1000", USER, password)) {
                return null;
            } catch (SQLException e) {
                last = e;
            }
            try {
                process.onExit().get(50, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // still running and not ready yet: poll again
            } catch (java.util.concurrent.ExecutionException e) {
                return "waiting for mariadbd failed: " + e.getCause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted while waiting for mariadbd";
            }
        }
        process.destroyForcibly();
        return "mariadbd did not accept connections within " + START_TIMEOUT + " (last error: " + last
                + "); log:\n" + TestFiles.tail(errorLog);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Path findBinary(String name) {
        List<Path> candidates = new ArrayList<>();
        String pathVariable = System.getenv("PATH");
        if (pathVariable != null) {
            for (String dir : pathVariable.split(java.io.File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    candidates.add(Path.of(dir, name));
                }
            }
        }
        BIN_DIRS.forEach(dir -> candidates.add(Path.of(dir, name)));
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("MariaDB's " + name + " is not installed (looked in PATH and "
                + BIN_DIRS + "). Tests need a real MariaDB server: apt-get install mariadb-server");
    }
}
