package vn.govca.cli;

import java.io.PrintStream;
import java.util.Arrays;
import vn.govca.pki.domain.GovCaException;

/**
 * Entry point of the launcher's Java side: {@code govca bootstrap --home DIR} and
 * {@code govca audit verify}. Exit codes: 0 success, 1 the check found a problem, 2 usage or
 * environment error.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Token and library chatter is for the server log; the CLI prints its own summary.
        java.util.logging.Logger.getLogger("vn.govca").setLevel(java.util.logging.Level.WARNING);
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a command; returns the exit code (used by tests, which must not exit the JVM). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return usage(err);
        }
        try {
            switch (args[0]) {
                case "bootstrap":
                    return Bootstrap.run(Arrays.copyOfRange(args, 1, args.length), out);
                case "ca":
                    return CaCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
                case "audit":
                    if (args.length >= 2 && args[1].equals("verify")) {
                        return AuditVerifyCommand.run(Arrays.copyOfRange(args, 2, args.length), out, err);
                    }
                    return usage(err);
                default:
                    return usage(err);
            }
        } catch (GovCaException | IllegalArgumentException | IllegalStateException e) {
            err.println("govca: " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            err.println("govca: file error: " + e.getMessage());
            return 2;
        }
    }

    private static int usage(PrintStream err) {
        err.println("usage: govca bootstrap --home DIR");
        err.println("       govca audit verify [--home DIR]");
        err.println("       govca ca list | create-root | create-sub ...   (run 'govca ca' for details)");
        return 2;
    }

    /** The value after {@code --name}, or the default. */
    static String option(String[] args, String name, String def) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return def;
    }
}
