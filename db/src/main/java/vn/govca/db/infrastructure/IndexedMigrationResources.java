package vn.govca.db.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Hands Flyway the migration scripts named in {@code <folder>/index.txt} instead of letting it
 * scan the class path. Scanning depends on how the container exposes jars (WildFly serves an
 * EAR's {@code lib/} through JBoss VFS URLs); reading named resources through a class loader
 * works the same in a plain jar, an EAR and a test. A script named in the index but absent
 * fails the start-up; a script absent from the index is caught by {@code MigrationIndexTest}.
 */
public final class IndexedMigrationResources implements ResourceProvider {

    /** File, inside the folder, that lists the scripts: one name a line, '#' starts a comment. */
    public static final String INDEX_FILE = "index.txt";

    private final ClassLoader classLoader;
    private final Map<String, LoadableResource> byName;

    /**
     * @param classLoader loader that sees the scripts (the loader of the db jar)
     * @param folder      class-path folder, e.g. {@code db/migration}
     * @throws IllegalStateException when the index or a script it names is missing
     */
    public IndexedMigrationResources(ClassLoader classLoader, String folder) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        Objects.requireNonNull(folder, "folder");
        this.byName = new LinkedHashMap<>();
        for (String name : readIndex(folder)) {
            String path = folder + "/" + name;
            if (classLoader.getResource(path) == null) {
                throw new IllegalStateException("migration " + path + " is listed in "
                        + folder + "/" + INDEX_FILE + " but not on the class path");
            }
            byName.put(name, new ClassLoaderResource(path, name));
        }
    }

    /** The script names the index lists, in index order. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    @Override
    public LoadableResource getResource(String name) {
        return byName.get(name);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> matching = new ArrayList<>();
        for (Map.Entry<String, LoadableResource> entry : byName.entrySet()) {
            String name = entry.getKey();
            if (name.startsWith(prefix) && endsWithAny(name, suffixes)) {
                matching.add(entry.getValue());
            }
        }
        return matching;
    }

    private static boolean endsWithAny(String name, String[] suffixes) {
        for (String suffix : suffixes) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private List<String> readIndex(String folder) {
        String indexPath = folder + "/" + INDEX_FILE;
        InputStream in = classLoader.getResourceAsStream(indexPath);
        if (in == null) {
            throw new IllegalStateException("migration index " + indexPath + " is not on the class path");
        }
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                if (name.contains("/") || name.contains("\\")) {
                    throw new IllegalStateException("migration index " + indexPath + " names '" + name
                            + "'; entries are file names inside the folder, without a path");
                }
                names.add(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration index " + indexPath, e);
        }
        return names;
    }

    /** One script, read through the class loader each time Flyway asks. */
    private final class ClassLoaderResource extends LoadableResource {
        private final String path;
        private final String name;

        private ClassLoaderResource(String path, String name) {
            this.path = path;
            this.name = name;
        }

        @Override
        public Reader read() {
            InputStream in = classLoader.getResourceAsStream(path);
            if (in == null) {
                throw new IllegalStateException("migration " + path + " disappeared from the class path");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return path;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return path;
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
