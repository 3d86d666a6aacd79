package vn.govca.pki.domain.profile;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.govca.pki.domain.GovCaException;

/**
 * Loads certificate profiles from JSON and validates them; a profile that does not validate
 * stops the load with a {@link GovCaException} naming the file and the field (MALFORMED for
 * syntax, unknown fields and bad values; POLICY_VIOLATION for an inconsistent profile;
 * TOO_LARGE for a file over 64 KiB). The server calls this at start-up and refuses to start on
 * an error.
 *
 * <p>Bundled profiles live in {@code /profiles/*.json} on the class path; an operator overrides
 * or adds profiles with a directory of {@code <name>.json} files.
 */
public final class ProfileLoader {

    /** The names of the bundled profiles, in display order. */
    public static final List<String> BUNDLED = List.of(
            "personal", "organization", "tls-server", "ocsp-responder", "root-ca", "sub-ca");

    static final int MAX_FILE_BYTES = 64 * 1024;

    private static final String SUFFIX = ".json";

    private ProfileLoader() {
    }

    /** Loads and validates the profiles shipped in pki-core. */
    public static ProfileSet bundled() {
        Map<String, CertificateProfile> out = new LinkedHashMap<>();
        for (String name : BUNDLED) {
            String resource = "/profiles/" + name + SUFFIX;
            try (InputStream in = ProfileLoader.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw GovCaException.internal("bundled profile " + resource + " is missing", null);
                }
                out.put(name, parse(name + SUFFIX, in));
            } catch (IOException e) {
                throw GovCaException.internal("bundled profile " + resource + " cannot be read", e);
            }
        }
        return new ProfileSet(out);
    }

    /**
     * Loads every {@code *.json} file of {@code directory} (sorted by name).
     *
     * @throws GovCaException UNAVAILABLE if the directory cannot be read; otherwise as
     *     {@link #parse(String, InputStream)}, or MALFORMED if a file name differs from its profile name
     */
    public static ProfileSet fromDirectory(Path directory) {
        return new ProfileSet(readDirectory(directory));
    }

    /** The bundled profiles, with those of {@code directory} replacing or adding by name. */
    public static ProfileSet bundledWithOverrides(Path directory) {
        Map<String, CertificateProfile> out = new LinkedHashMap<>();
        bundled().all().forEach(p -> out.put(p.name(), p));
        out.putAll(readDirectory(directory));
        return new ProfileSet(out);
    }

    /**
     * The JSON text of each profile that {@link #bundled()} or {@link #bundledWithOverrides(Path)}
     * loads, by name — what the server records in the database as the profile's version history.
     *
     * @param overrides a directory of overriding profiles, or null
     */
    public static Map<String, String> definitions(Path overrides) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            for (String name : BUNDLED) {
                try (InputStream in = ProfileLoader.class.getResourceAsStream("/profiles/" + name + SUFFIX)) {
                    out.put(name, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            if (overrides != null) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(overrides, "*" + SUFFIX)) {
                    for (Path file : files) {
                        String fileName = file.getFileName().toString();
                        out.put(fileName.substring(0, fileName.length() - SUFFIX.length()),
                                Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw GovCaException.unavailable("profile definitions cannot be read", e);
        }
        return out;
    }

    private static Map<String, CertificateProfile> readDirectory(Path directory) {
        Map<String, CertificateProfile> out = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                CertificateProfile p;
                try (InputStream in = Files.newInputStream(file)) {
                    p = parse(fileName, in);
                }
                if (!fileName.equals(p.name() + SUFFIX)) {
                    throw GovCaException.malformed("profile " + fileName + ": field name: '" + p.name()
                            + "' must match the file name");
                }
                out.put(p.name(), p);
            }
        } catch (IOException e) {
            throw GovCaException.unavailable("profile directory " + directory + " cannot be read", e);
        }
        return out;
    }

    /** Parses and validates one profile; {@code source} names it in error messages. */
    public static CertificateProfile parse(String source, InputStream json) throws IOException {
        byte[] bytes = json.readNBytes(MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            throw new GovCaException(GovCaException.Category.TOO_LARGE, "profile " + source
                    + ": file is larger than the limit " + MAX_FILE_BYTES + " bytes");
        }
        return parse(source, new String(bytes, StandardCharsets.UTF_8));
    }

    /** Parses and validates one profile given as JSON text. */
    public static CertificateProfile parse(String source, String json) {
        JsonReaderFactory factory = Json.createReaderFactory(
                Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));
        JsonObject root;
        try (JsonReader reader = factory.createReader(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw GovCaException.malformed("profile " + source + ": not a valid JSON object ("
                    + e.getMessage() + ")", e);
        }
        try {
            return ProfileJson.read(root);
        } catch (GovCaException e) {
            throw new GovCaException(e.category(), "profile " + source + ": " + e.getMessage(), e);
        }
    }
}
