package vn.govca.dist.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real WildFly running the GovCA configuration for integration tests (DESIGN: tests run
 * against a real WildFly and a real database, no mocks).
 *
 * <p>It uses the server the dist build installed and configured ({@code target/wildfly}, read
 * only) with a private {@code jboss.server.base.dir} under {@code target/it/}: its own copy of
 * the configuration, deployments, logs and transaction store, and a free port offset, so it never
 * disturbs a running {@code ./govca up} or another test server. It starts through
 * {@code bin/standalone.sh} with {@code bin/govca.conf}, exactly like the launcher, so the test
 * covers the same start-up path. Deployments go to {@code deployments/} before start; readiness
 * is the deployment scanner's {@code .deployed} marker for each of them plus an open HTTP port.
 *
 * <p>Each start costs several seconds: share one server per test class.
 */
public final class WildFlyServer implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 120;

    private final Process process;
    private final Path baseDir;
    private final int portOffset;

    private WildFlyServer(Process process, Path baseDir, int portOffset) {
        this.process = process;
        this.baseDir = baseDir;
        this.portOffset = portOffset;
    }

    /** A builder for a server whose data directory ({@code govca.home}) is {@code home}. */
    public static Builder builder(Path home) {
        return new Builder(home);
    }

    /** {@code http://127.0.0.1:<port>} (no trailing slash). */
    public URI httpBase() {
        return URI.create("http://127.0.0.1:" + (8080 + portOffset));
    }

    /** {@code https://127.0.0.1:<port>} (no trailing slash). */
    public URI httpsBase() {
        return URI.create("https://127.0.0.1:" + (8443 + portOffset));
    }

    /** The server's private base directory (configuration, deployments, log, data). */
    public Path baseDir() {
        return baseDir;
    }

    /** {@code <baseDir>/log/server.log}. */
    public Path serverLog() {
        return baseDir.resolve("log").resolve("server.log");
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** The last {@code lines} lines of server.log (or of the console output before it exists). */
    public String logTail(int lines) {
        return tail(Files.exists(serverLog()) ? serverLog() : baseDir.resolve("console.log"), lines);
    }

    /**
     * Stops the server (SIGTERM, a clean shutdown), waiting up to 30 s before killing it, and
     * deletes its bulk (temporary files, content repository, deployed archives); configuration,
     * log and deployment markers stay for reading.
     */
    @Override
    public void close() {
        stop(process);
        deleteTree(baseDir.resolve("tmp"));
        deleteTree(baseDir.resolve("data"));
        try (Stream<Path> archives = Files.list(baseDir.resolve("deployments"))) {
            for (Path a : archives.filter(p -> p.toString().endsWith("ar")).toList()) {
                Files.delete(a);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + baseDir.resolve("deployments"), e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    private static void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        Instant deadline = Instant.now().plus(STOP_TIMEOUT);
        for (ProcessHandle h : tree) {
            awaitExit(h, deadline);
        }
        awaitExit(process.toHandle(), deadline);
    }

    private static void awaitExit(ProcessHandle h, Instant deadline) {
        try {
            h.onExit().get(Math.max(1, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            h.destroyForcibly();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("waiting for process " + h.pid() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            h.destroyForcibly();
        }
    }

    private static String tail(Path file, int lines) {
        if (!Files.exists(file)) {
            return "(no " + file + ")";
        }
        try (Stream<String> all = Files.lines(file, StandardCharsets.UTF_8)) {
            List<String> list = all.toList();
            return String.join("\n", list.subList(Math.max(0, list.size() - lines), list.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    /** Configures and starts a {@link WildFlyServer}. */
    public static final class Builder {

        private final Path home;
        private final Map<String, String> env = new LinkedHashMap<>();
        private final Map<String, String> systemProperties = new LinkedHashMap<>();
        private final List<Path> deployments = new ArrayList<>();
        private DatabaseSettings database = DatabaseSettings.h2InHome();
        private Path wildflyHome = requiredPath("govca.wildfly.home");
        private boolean ear = true;
        private String name = "server";
        private String serverConfig = "govca.xml";
        private Duration bootTimeout = Duration.ofSeconds(240);

        private Builder(Path home) {
            this.home = Objects.requireNonNull(home, "home").toAbsolutePath();
        }

        public Builder database(DatabaseSettings database) {
            this.database = Objects.requireNonNull(database, "database");
            return this;
        }

        /** Sets an environment variable of the server process (e.g. {@code SOFTHSM2_CONF}). */
        public Builder env(String key, String value) {
            env.put(key, value);
            return this;
        }

        /** Adds a {@code -Dkey=value} server argument. */
        public Builder systemProperty(String key, String value) {
            systemProperties.put(key, value);
            return this;
        }

        /** Deploys {@code archive} (a .war/.ear) next to the GovCA EAR. */
        public Builder deploy(Path archive) {
            deployments.add(archive.toAbsolutePath());
            return this;
        }

        /** Leaves the GovCA EAR out (server configuration tests). */
        public Builder withoutGovCaEar() {
            this.ear = false;
            return this;
        }

        /**
         * Starts with another configuration of the dist build than {@code govca.xml}, e.g.
         * {@code govca-node.xml} for an OCSP validation node (with {@code env("GOVCA_ROLE",
         * "ocsp-node")}, {@link #withoutGovCaEar()} and the node WAR deployed).
         */
        public Builder serverConfig(String fileName) {
            this.serverConfig = Objects.requireNonNull(fileName, "fileName");
            return this;
        }

        /** Names the base directory {@code target/it/<name>-<random>} (default "server"). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder bootTimeout(Duration timeout) {
            this.bootTimeout = timeout;
            return this;
        }

        /**
         * Starts the server and waits until every deployment is deployed and HTTP answers.
         *
         * @throws IllegalStateException if it does not get there within the boot timeout, a
         *         deployment fails or the process exits; the message holds the log tail
         */
        public WildFlyServer start() {
            Path standalone = wildflyHome.resolve("bin/standalone.sh");
            if (!Files.isExecutable(standalone)) {
                throw new IllegalStateException(standalone + " is missing: build the dist module first"
                        + " (mvn -pl dist package)");
            }
            List<Path> all = new ArrayList<>();
            if (ear) {
                all.add(requiredPath("govca.ear"));
            }
            all.addAll(deployments);
            Path base = prepareBaseDir(all);
            int offset = PortOffset.findFree();
            Process process = launch(base, offset);
            WildFlyServer server = new WildFlyServer(process, base, offset);
            try {
                new Readiness(server, process, base, all, offset).await(bootTimeout);
            } catch (RuntimeException e) {
                stop(process);
                throw e;
            }
            return server;
        }

        private Path prepareBaseDir(List<Path> archives) {
            Path itDir = Path.of(System.getProperty("govca.it.dir", "target/it")).toAbsolutePath();
            String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            Path base = itDir.resolve(name + "-" + suffix);
            try {
                Path config = Files.createDirectories(base.resolve("configuration"));
                try (Stream<Path> files = Files.list(wildflyHome.resolve("standalone/configuration"))) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        Files.copy(f, config.resolve(f.getFileName()));
                    }
                }
                Path deploymentsDir = Files.createDirectories(base.resolve("deployments"));
                for (Path archive : archives) {
                    if (!Files.isRegularFile(archive)) {
                        throw new IllegalStateException("deployment " + archive + " does not exist");
                    }
                    Files.copy(archive, deploymentsDir.resolve(archive.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
                return base;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare the server base directory " + base, e);
            }
        }

        private Process launch(Path base, int offset) {
            List<String> cmd = new ArrayList<>(List.of(wildflyHome.resolve("bin/standalone.sh").toString(),
                    "-c", serverConfig,
                    "-Djboss.server.base.dir=" + base,
                    "-Djboss.socket.binding.port-offset=" + offset));
            systemProperties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(base.toFile()).redirectErrorStream(true)
                    .redirectOutput(base.resolve("console.log").toFile());
            Map<String, String> e = pb.environment();
            e.keySet().removeIf(k -> k.startsWith("GOVCA_") || k.equals("JAVA_OPTS") || k.equals("RUN_CONF"));
            e.put("JAVA_HOME", System.getProperty("java.home"));
            e.put("RUN_CONF", wildflyHome.resolve("bin/govca.conf").toString());
            e.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
            e.put("GOVCA_HOME", home.toString());
            database.applyTo(e);
            e.putAll(env);
            try {
                return pb.start();
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot start " + cmd.get(0), ex);
            }
        }

        private static Path requiredPath(String property) {
            String v = System.getProperty(property);
            if (v == null || v.isBlank()) {
                throw new IllegalStateException("system property " + property + " is not set: run the"
                        + " integration tests through Maven (mvn -pl dist verify), whose failsafe"
                        + " configuration sets it");
            }
            return Path.of(v).toAbsolutePath();
        }
    }

    /** Polls the process, the deployment markers and the HTTP port until the server is ready. */
    private record Readiness(WildFlyServer server, Process process, Path base, List<Path> archives, int offset) {

        private static final Duration POLL = Duration.ofMillis(100);

        void await(Duration timeout) {
            Instant deadline = Instant.now().plus(timeout);
            List<String> pending = new ArrayList<>(archives.stream().map(p -> p.getFileName().toString()).toList());
            while (!pending.isEmpty() || !httpOpen()) {
                if (!process.isAlive()) {
                    throw failure("WildFly exited with status " + process.exitValue() + " during start-up");
                }
                pending.removeIf(this::deployed);
                if (Instant.now().isAfter(deadline)) {
                    throw failure("WildFly not ready within " + timeout.toSeconds() + " s; still deploying "
                            + pending);
                }
                pause();
            }
        }

        private boolean deployed(String name) {
            Path dir = base.resolve("deployments");
            Path failed = dir.resolve(name + ".failed");
            if (Files.exists(failed)) {
                throw failure("deployment " + name + " failed: " + tail(failed, 40));
            }
            return Files.exists(dir.resolve(name + ".deployed"));
        }

        private boolean httpOpen() {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), 8080 + offset), 500);
                return true;
            } catch (IOException e) {
                return false; // not listening yet: poll again
            }
        }

        private IllegalStateException failure(String what) {
            return new IllegalStateException(what + "\n--- " + server.serverLog() + " (tail) ---\n"
                    + server.logTail(LOG_TAIL_LINES) + "\n--- console (tail) ---\n"
                    + tail(base.resolve("console.log"), 30));
        }

        private static void pause() {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for WildFly", e);
            }
        }
    }
}
