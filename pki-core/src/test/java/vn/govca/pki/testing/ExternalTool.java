package vn.govca.pki.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an independent tool (openssl, certtool) in a directory and captures its combined output
 * in a file, so that a chatty tool cannot block on a full pipe; a tool that does not finish in
 * time fails the test.
 */
public final class ExternalTool {

    private static final long TIMEOUT_SECONDS = 60;

    private ExternalTool() {
    }

    /** The exit code and output of one run. */
    public record Result(int exitCode, String output) {
    }

    public static Result run(Path dir, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "tool", ".out");
        Process p = new ProcessBuilder(List.of(command)).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }
}
