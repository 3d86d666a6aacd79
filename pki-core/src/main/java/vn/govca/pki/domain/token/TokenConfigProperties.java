package vn.govca.pki.domain.token;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.govca.pki.domain.GovCaException;

/**
 * Reads {@code token.<name>.*} keys into {@link TokenConfig}s. Secrets from files are decoded
 * straight into {@code char[]} (no intermediate {@code String}) and the buffers are wiped.
 */
final class TokenConfigProperties {

    private static final System.Logger LOG = System.getLogger(TokenConfigProperties.class.getName());
    private static final String PREFIX = "token.";
    private static final Set<String> SOFT_KEYS = Set.of("type", "file", "password", "passwordFile");
    private static final Set<String> PKCS11_KEYS =
            Set.of("type", "library", "slot", "slotListIndex", "label", "pin", "pinFile");
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private TokenConfigProperties() {
    }

    static Map<String, TokenConfig> readAll(Properties props, Path baseDir) {
        Set<String> names = new TreeSet<>();
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith(PREFIX)) {
                int dot = key.indexOf('.', PREFIX.length());
                if (dot < 0) {
                    throw GovCaException.malformed("configuration key '" + key
                            + "' is incomplete; expected token.<name>.<setting>");
                }
                names.add(key.substring(PREFIX.length(), dot));
            }
        }
        Map<String, TokenConfig> tokens = new TreeMap<>();
        for (String name : names) {
            tokens.put(name, read(props, name, baseDir));
        }
        return Collections.unmodifiableMap(tokens);
    }

    static TokenConfig read(Properties props, String name, Path baseDir) {
        String prefix = PREFIX + name + ".";
        String typeText = props.getProperty(prefix + "type");
        if (typeText == null || typeText.isBlank()) {
            throw GovCaException.malformed(prefix + "type is missing; expected soft or pkcs11");
        }
        TokenType type = switch (typeText.trim().toLowerCase(Locale.ROOT)) {
            case "soft" -> TokenType.SOFT;
            case "pkcs11" -> TokenType.PKCS11;
            default -> throw GovCaException.malformed(prefix + "type '" + typeText.trim()
                    + "' is unknown; expected soft or pkcs11");
        };
        requireKnownKeys(props, prefix, type == TokenType.SOFT ? SOFT_KEYS : PKCS11_KEYS);
        return type == TokenType.SOFT ? soft(props, name, prefix, baseDir) : pkcs11(props, name, prefix, baseDir);
    }

    private static TokenConfig soft(Properties props, String name, String prefix, Path baseDir) {
        Path file = baseDir.resolve(required(props, prefix + "file"));
        char[] password = secret(props, prefix + "password", prefix + "passwordFile", baseDir);
        try {
            return TokenConfig.soft(name, file, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static TokenConfig pkcs11(Properties props, String name, String prefix, Path baseDir) {
        Path library = Path.of(required(props, prefix + "library"));
        String slot = optional(props, prefix + "slot");
        String index = optional(props, prefix + "slotListIndex");
        String label = optional(props, prefix + "label");
        Pkcs11Slot selector = new Pkcs11Slot(
                slot == null ? null : number(prefix + "slot", slot),
                index == null ? null : slotListIndex(prefix + "slotListIndex", index),
                label);
        char[] pin = secret(props, prefix + "pin", prefix + "pinFile", baseDir);
        try {
            return TokenConfig.pkcs11(name, library, selector, pin);
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    private static void requireKnownKeys(Properties props, String prefix, Set<String> known) {
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith(prefix) && !known.contains(key.substring(prefix.length()))) {
                throw GovCaException.malformed("configuration key '" + key + "' is unknown; known keys: "
                        + prefix + String.join(", " + prefix, new TreeSet<>(known)));
            }
        }
    }

    private static String required(Properties props, String key) {
        String value = optional(props, key);
        if (value == null) {
            throw GovCaException.malformed(key + " is missing");
        }
        return value;
    }

    private static String optional(Properties props, String key) {
        String value = props.getProperty(key);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static long number(String key, String text) {
        try {
            String t = text.toLowerCase(Locale.ROOT);
            return t.startsWith("0x") ? Long.parseLong(t.substring(2), 16) : Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw GovCaException.malformed(key + " '" + text + "' is not a number", e);
        }
    }

    private static int slotListIndex(String key, String text) {
        long value = number(key, text);
        if (value > Integer.MAX_VALUE) {
            throw GovCaException.malformed(key + " " + value + " is too large");
        }
        return (int) value;
    }

    private static char[] secret(Properties props, String inlineKey, String fileKey, Path baseDir) {
        String inline = props.getProperty(inlineKey);
        String file = optional(props, fileKey);
        if ((inline != null) == (file != null)) {
            throw GovCaException.malformed("exactly one of " + fileKey + " (preferred) or " + inlineKey
                    + " is needed; " + (inline == null ? "neither" : "both") + " given");
        }
        return inline != null ? inline.toCharArray() : readFirstLine(fileKey, baseDir.resolve(file));
    }

    private static char[] readFirstLine(String key, Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw GovCaException.unavailable(key + " " + file + " cannot be read: " + e.getClass().getSimpleName(), e);
        }
        warnIfShared(key, file);
        CharBuffer chars = null;
        try {
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            int end = 0;
            while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                end++;
            }
            if (end == 0) {
                throw GovCaException.malformed(key + " " + file + " is empty: its first line must hold the secret");
            }
            char[] secret = new char[end];
            chars.get(secret);
            return secret;
        } catch (CharacterCodingException e) {
            throw GovCaException.malformed(key + " " + file + " is not UTF-8 text", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }

    private static void warnIfShared(String key, Path file) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            Set<PosixFilePermission> perms = view.readAttributes().permissions();
            if (!Collections.disjoint(perms, GROUP_OR_OTHERS)) {
                LOG.log(System.Logger.Level.WARNING, "{0} {1} is accessible by group or others; restrict it"
                        + " to the server account (chmod 600)", key, file);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read the permissions of " + key + " " + file, e);
        }
    }
}
