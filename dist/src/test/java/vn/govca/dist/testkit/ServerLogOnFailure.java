package vn.govca.dist.testkit;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Writes the tail of the test server's server.log to the test's standard error when a test
 * fails, so a failure report in target/failsafe-reports shows what the server said:
 * <pre>
 * &#64;RegisterExtension
 * final ServerLogOnFailure serverLog = new ServerLogOnFailure(() -&gt; server);
 * </pre>
 */
public final class ServerLogOnFailure implements TestWatcher {

    private final Supplier<WildFlyServer> server;

    public ServerLogOnFailure(Supplier<WildFlyServer> server) {
        this.server = server;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        WildFlyServer s = server.get();
        if (s != null) {
            System.err.println("--- " + context.getDisplayName() + " failed; " + s.serverLog() + " (tail) ---\n"
                    + s.logTail(150));
        }
    }
}
