package vn.govca.dist.it;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import vn.govca.cli.Main;

/**
 * One run of {@code govca audit verify --home DIR} in-process (docs/operations.md: exit 0 when the
 * hash chain and MACs verify, 1 naming the first edited, deleted or reordered row).
 *
 * @param exit   the exit code
 * @param output what it printed (stdout and stderr)
 */
public record AuditVerifyRun(int exit, String output) {

    /** Verifies the audit log of {@code home}; with H2 the server must be stopped. */
    public static AuditVerifyRun on(Path home) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int exit = Main.run(new String[] {"audit", "verify", "--home", home.toString()}, print, print);
        return new AuditVerifyRun(exit, out.toString(StandardCharsets.UTF_8));
    }
}
