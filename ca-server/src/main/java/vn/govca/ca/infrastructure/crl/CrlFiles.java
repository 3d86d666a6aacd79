package vn.govca.ca.infrastructure.crl;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.domain.CrlKind;
import vn.govca.pki.domain.GovCaException;

/**
 * The publish directory ({@code govca.crl.dir}): {@code {ca}.crl} and {@code {ca}-delta.crl}, each
 * replaced atomically by the CRL writer (write beside, then rename), so a reader sees the old CRL
 * or the new one, never a part. Describes and opens them safely against a concurrent replacement:
 * a file is opened, then checked to be still the one named by the path (same file key, size and
 * modification time), and its description (numbers, times, SHA-256, read by {@link CrlFileReader})
 * is cached for exactly that file.
 */
@ApplicationScoped
public class CrlFiles {

    private static final Logger LOG = Logger.getLogger(CrlFiles.class.getName());
    private static final int ATTEMPTS = 3;

    @Inject
    ServerContext context;

    private final Map<Path, CrlFileInfo> described = new ConcurrentHashMap<>();
    private Path directory;
    private Path spoolDirectory;

    /** For CDI: the directories come from the configuration. */
    public CrlFiles() {
    }

    /** Over given directories (tests, tools); prepares them at once. */
    public CrlFiles(Path directory, Path spoolDirectory) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.spoolDirectory = Objects.requireNonNull(spoolDirectory, "spoolDirectory");
        prepare();
    }

    /** An open CRL file and its description; close it. */
    public record Opened(CrlFileInfo info, InputStream stream) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            stream.close();
        }
    }

    /**
     * Creates the publish and spool directories and removes what an interrupted publication left
     * (temporary {@code *.tmp} files beside the CRLs, spooled entries); runs before any publication
     * of this node.
     */
    @PostConstruct
    void prepare() {
        if (directory == null) {
            directory = context.crl().directory();
            spoolDirectory = context.crl().spoolDirectory();
        }
        try {
            Files.createDirectories(directory);
            Files.createDirectories(spoolDirectory);
            deleteLeftovers(directory, "*.tmp");
            deleteLeftovers(spoolDirectory, "crl-entries-*.der");
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the CRL directories " + directory + " and "
                    + spoolDirectory + ": " + e.getMessage(), e);
        }
    }

    /** The file a CRL of this CA and kind is published as. */
    public Path path(String caName, CrlKind kind) {
        return directory.resolve(fileName(caName, kind));
    }

    /** Where the CRL writer spools entries. */
    public Path spoolDirectory() {
        return spoolDirectory;
    }

    /** {@code {ca}.crl} or {@code {ca}-delta.crl} (DESIGN "External interfaces"). */
    public static String fileName(String caName, CrlKind kind) {
        Objects.requireNonNull(caName, "caName");
        return kind == CrlKind.DELTA ? caName + "-delta.crl" : caName + ".crl";
    }

    /**
     * The published CRL of this CA and kind, described; empty if there is none.
     *
     * @throws GovCaException MALFORMED if the file is not a CRL GovCA can read; UNAVAILABLE if it
     *         cannot be read or keeps being replaced
     */
    public Optional<CrlFileInfo> describe(String caName, CrlKind kind) {
        try (Opened opened = open(caName, kind).orElse(null)) {
            return opened == null ? Optional.empty() : Optional.of(opened.info());
        } catch (IOException e) {
            throw GovCaException.unavailable("cannot close CRL " + path(caName, kind) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the published CRL of this CA and kind for reading, with the description of exactly
     * the opened file; empty if there is none.
     *
     * @throws GovCaException as {@link #describe}
     */
    public Optional<Opened> open(String caName, CrlKind kind) {
        Path path = path(caName, kind);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<Opened> opened = tryOpen(path);
            if (opened != null) {
                return opened;
            }
        }
        throw GovCaException.unavailable("CRL " + path + " was replaced " + ATTEMPTS + " times while being opened",
                null);
    }

    /** Empty if absent; null if the file was replaced meanwhile (try again). */
    private Optional<Opened> tryOpen(Path path) {
        InputStream stream = null;
        try {
            BasicFileAttributes before = Files.readAttributes(path, BasicFileAttributes.class);
            stream = Files.newInputStream(path);
            if (!sameFile(before, Files.readAttributes(path, BasicFileAttributes.class))) {
                stream.close();
                return null;
            }
            CrlFileInfo info = described.get(path);
            if (info == null || !info.describes(before)) {
                info = read(path, before);
                if (info == null) {
                    stream.close();
                    return null;
                }
                described.put(path, info);
            }
            return Optional.of(new Opened(info, stream));
        } catch (NoSuchFileException e) {
            closeQuietly(stream, e);
            return Optional.empty();
        } catch (IOException e) {
            GovCaException failure = GovCaException.unavailable("cannot read CRL " + path + ": " + e.getMessage(), e);
            closeQuietly(stream, failure);
            throw failure;
        } catch (RuntimeException e) {
            closeQuietly(stream, e);
            throw e;
        }
    }

    /** Reads the description of the file with attributes {@code expected}; null if it was replaced. */
    private static CrlFileInfo read(Path path, BasicFileAttributes expected) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            if (!sameFile(expected, Files.readAttributes(path, BasicFileAttributes.class))) {
                return null;
            }
            return CrlFileReader.read(in, expected);
        }
    }

    private static boolean sameFile(BasicFileAttributes a, BasicFileAttributes b) {
        return Objects.equals(a.fileKey(), b.fileKey()) && a.size() == b.size()
                && a.lastModifiedTime().equals(b.lastModifiedTime());
    }

    private static void closeQuietly(InputStream stream, Exception primary) {
        if (stream == null) {
            return;
        }
        try {
            stream.close();
        } catch (IOException e) {
            primary.addSuppressed(e);
        }
    }

    private static void deleteLeftovers(Path dir, String glob) throws IOException {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, glob)) {
            for (Path t : temps) {
                Files.deleteIfExists(t);
                LOG.log(Level.INFO, "removed {0}, left by an interrupted CRL publication", t);
            }
        }
    }
}
