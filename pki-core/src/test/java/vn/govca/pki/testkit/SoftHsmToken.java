package vn.govca.pki.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.govca.pki.domain.token.Pkcs11Slot;
import vn.govca.pki.domain.token.TokenConfig;

/**
 * A private, freshly initialised SoftHSM2 token for one test: a real PKCS#11 library, no mocks
 * (STYLE: tests run against a real SoftHSM2 token). Close it to delete the token.
 *
 * <p><b>Where the tokens live.</b> libsofthsm2 reads its configuration from the file named by
 * the environment variable {@code SOFTHSM2_CONF} (else {@code /etc/softhsm/softhsm2.conf}); a
 * JVM cannot set its own environment, so the test JVM must be started with it, e.g. in the
 * surefire/failsafe configuration:
 * <pre>
 * &lt;environmentVariables&gt;
 *   &lt;SOFTHSM2_CONF&gt;${project.build.directory}/softhsm/softhsm2.conf&lt;/SOFTHSM2_CONF&gt;
 * &lt;/environmentVariables&gt;
 * </pre>
 * If that file does not exist this kit writes it, with {@code directories.tokendir} in a
 * {@code tokens} directory next to it; an existing file is used as it is.
 *
 * <p><b>One library instance per token.</b> SoftHSM2 reads its token list once, in
 * {@code C_Initialize}, and the JDK initializes a PKCS#11 library once per process and path, so a
 * token created after the first test touched SoftHSM would be invisible. Each token therefore
 * gets its own copy of {@code libsofthsm2.so} (a separate file, so the dynamic loader maps a
 * separate instance with its own state) that is initialized after the token exists. As a bonus
 * every token behaves like its own HSM: login state and slot list are not shared between tests.
 *
 * <p>If SoftHSM2 is not installed, {@link #create()} fails (it does not skip) and says
 * {@code apt-get install softhsm2}.
 */
public final class SoftHsmToken implements AutoCloseable {

    private static final String CONF_ENV = "SOFTHSM2_CONF";
    private static final List<Path> LIBRARY_CANDIDATES = List.of(
            Path.of("/usr/lib/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so"),
            Path.of("/usr/lib64/pkcs11/libsofthsm2.so"),
            Path.of("/usr/local/lib/softhsm/libsofthsm2.so"));
    private static final Pattern SLOT = Pattern.compile("reassigned to slot (\\d+)");
    private static final Pattern LABEL_PREFIX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,14}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Object SETUP = new Object();
    private static Path home;

    private final String label;
    private final long slotId;
    private final Path library;
    private final char[] pin;

    private SoftHsmToken(String label, long slotId, Path library, char[] pin) {
        this.label = label;
        this.slotId = slotId;
        this.library = library;
        this.pin = pin;
    }

    /** Creates a token labelled {@code t-<random>}. */
    public static SoftHsmToken create() {
        return create("t");
    }

    /**
     * Creates a token labelled {@code <labelPrefix>-<random>} (prefix: 1-15 letters, digits,
     * {@code _} or {@code -}) with random SO and user PINs.
     */
    public static SoftHsmToken create(String labelPrefix) {
        if (!LABEL_PREFIX.matcher(labelPrefix).matches()) {
            throw new IllegalArgumentException("label prefix '" + labelPrefix + "' must be 1-15 letters, digits, _ or -");
        }
        Path dir = setUp();
        String label = labelPrefix + "-" + randomHex(6);
        String userPin = randomHex(8);
        String output = run(List.of("softhsm2-util", "--init-token", "--free", "--label", label,
                "--so-pin", randomHex(8), "--pin", userPin));
        Matcher m = SLOT.matcher(output);
        if (!m.find()) {
            throw new AssertionError("softhsm2-util did not report the new token's slot: " + output);
        }
        Path copy = dir.resolve("lib").resolve("libsofthsm2-" + label + ".so");
        try {
            Files.createDirectories(copy.getParent());
            Files.copy(systemLibrary(), copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AssertionError("cannot copy the SoftHSM2 library to " + copy, e);
        }
        return new SoftHsmToken(label, Long.parseLong(m.group(1)), copy, userPin.toCharArray());
    }

    /** The token label (also the default token name). */
    public String label() {
        return label;
    }

    /** The slot id SoftHSM2 assigned (stable for this token). */
    public long slotId() {
        return slotId;
    }

    /** This token's own copy of the PKCS#11 library. */
    public Path library() {
        return library;
    }

    /** A copy of the user PIN. */
    public char[] pin() {
        return pin.clone();
    }

    /** A configuration for this token named after its label. */
    public TokenConfig config() {
        return config(label);
    }

    /** A configuration for this token under {@code tokenName}. */
    public TokenConfig config(String tokenName) {
        return TokenConfig.pkcs11(tokenName, library, Pkcs11Slot.id(slotId), pin);
    }

    /** A configuration for this token that logs in with {@code otherPin}. */
    public TokenConfig configWithPin(char[] otherPin) {
        return TokenConfig.pkcs11(label, library, Pkcs11Slot.id(slotId), otherPin);
    }

    /** A configuration for this token's library that selects {@code slot}. */
    public TokenConfig configWithSlot(Pkcs11Slot slot) {
        return TokenConfig.pkcs11(label, library, slot, pin);
    }

    /** Deletes the token and its library copy. */
    @Override
    public void close() {
        run(List.of("softhsm2-util", "--delete-token", "--token", label));
        try {
            Files.deleteIfExists(library);
        } catch (IOException e) {
            throw new AssertionError("cannot delete " + library, e);
        }
    }

    @Override
    public String toString() {
        return "SoftHsmToken[" + label + ", slot " + slotId + "]";
    }

    private static Path setUp() {
        synchronized (SETUP) {
            if (home == null) {
                systemLibrary();
                String env = System.getenv(CONF_ENV);
                if (env == null || env.isBlank()) {
                    throw new AssertionError(CONF_ENV + " is not set for this JVM. Start the tests with it, e.g."
                            + " in the maven-surefire-plugin configuration: <environmentVariables><SOFTHSM2_CONF>"
                            + "${project.build.directory}/softhsm/softhsm2.conf</SOFTHSM2_CONF></environmentVariables>");
                }
                Path conf = Path.of(env).toAbsolutePath();
                writeConfigIfMissing(conf);
                home = conf.getParent();
            }
            return home;
        }
    }

    private static void writeConfigIfMissing(Path conf) {
        Path tokens = conf.resolveSibling("tokens");
        try {
            Files.createDirectories(tokens);
            if (Files.exists(conf)) {
                return;
            }
            String text = "# written by vn.govca.pki.testkit.SoftHsmToken\n"
                    + "directories.tokendir = " + tokens + "\n"
                    + "objectstore.backend = file\n"
                    + "log.level = ERROR\n"
                    + "slots.removable = false\n";
            Path tmp = Files.createTempFile(conf.getParent(), ".softhsm2", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, conf, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AssertionError("cannot write the SoftHSM2 configuration " + conf, e);
        }
    }

    private static Path systemLibrary() {
        for (Path candidate : LIBRARY_CANDIDATES) {
            if (Files.isRegularFile(candidate)) {
                try {
                    return candidate.toRealPath();
                } catch (IOException e) {
                    throw new AssertionError("cannot resolve " + candidate, e);
                }
            }
        }
        throw new AssertionError("SoftHSM2 is not installed (no libsofthsm2.so in " + LIBRARY_CANDIDATES
                + "): apt-get install softhsm2");
    }

    private static String run(List<String> command) {
        Path out = null;
        try {
            out = Files.createTempFile("softhsm2-util", ".out");
            Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("softhsm2-util did not finish within 60 s: " + command.get(1));
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new AssertionError("softhsm2-util " + command.get(1) + " failed (exit " + p.exitValue()
                        + "): " + output);
            }
            return output;
        } catch (IOException e) {
            throw new AssertionError("cannot run softhsm2-util (apt-get install softhsm2): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running softhsm2-util", e);
        } finally {
            deleteTemp(out);
        }
    }

    private static void deleteTemp(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new AssertionError("cannot delete " + file, e);
        }
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
