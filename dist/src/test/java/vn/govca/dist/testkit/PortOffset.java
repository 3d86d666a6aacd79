package vn.govca.dist.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.List;

/**
 * Picks a WildFly socket-binding port offset ({@code jboss.socket.binding.port-offset}) under
 * which every port the GovCA server binds is free, so a test server runs next to
 * {@code ./govca up} (offset 0) and next to other test servers.
 */
final class PortOffset {

    /** http, https, management http/https, transaction recovery and status manager. */
    static final List<Integer> BASE_PORTS = List.of(8080, 8443, 9990, 9993, 4712, 4713);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ATTEMPTS = 200;

    private PortOffset() {
    }

    static int findFree() {
        for (int i = 0; i < ATTEMPTS; i++) {
            int offset = 1000 + RANDOM.nextInt(40_000);
            if (allFree(offset)) {
                return offset;
            }
        }
        throw new IllegalStateException("no port offset with free ports " + BASE_PORTS + " after "
                + ATTEMPTS + " attempts");
    }

    private static boolean allFree(int offset) {
        for (int port : BASE_PORTS) {
            if (!free(port + offset)) {
                return false;
            }
        }
        return true;
    }

    private static boolean free(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false; // bound by another process: the answer, not an error
        }
    }
}
