package vn.govca.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording's CPU samples ({@code jdk.ExecutionSample}) for the benchmark
 * report: the hottest methods by own samples (top frame), the hottest methods by samples in which
 * they appear anywhere on the stack (inclusive), and the share of samples that pass through each
 * of a few layers (HTTP server, JAX-RS, CDI, JPA, JDBC, crypto, the OCSP core). Plain text out.
 *
 * <p>Usage: {@code JfrTop recording.jfr [top N]}.
 */
public final class JfrTop {

    /** Layer name → frame class-name prefixes; a sample counts once per layer it passes through. */
    private static final Map<String, List<String>> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("Undertow/XNIO (HTTP server, I/O)", List.of("io.undertow.", "org.xnio."));
        LAYERS.put("RESTEasy (JAX-RS)", List.of("org.jboss.resteasy."));
        LAYERS.put("Weld (CDI proxies, interceptors)", List.of("org.jboss.weld."));
        LAYERS.put("EclipseLink (JPA)", List.of("org.eclipse.persistence."));
        LAYERS.put("MariaDB Connector/J + IronJacamar pool", List.of("org.mariadb.", "org.jboss.jca."));
        LAYERS.put("Narayana (JTA)", List.of("com.arjuna.", "org.jboss.as.txn."));
        LAYERS.put("Bouncy Castle", List.of("org.bouncycastle."));
        LAYERS.put("GovCA OCSP core (vn.govca.ocsp)", List.of("vn.govca.ocsp."));
        LAYERS.put("GovCA CA server (vn.govca.ca)", List.of("vn.govca.ca."));
        LAYERS.put("JDK crypto (sun.security, java.security)", List.of("sun.security.", "java.security.",
                "javax.crypto."));
        LAYERS.put("Logging", List.of("org.jboss.logmanager.", "org.jboss.logging.", "java.util.logging."));
    }

    private JfrTop() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: JfrTop recording.jfr [top N]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> layers = new LinkedHashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
            threads.merge(thread == null ? "?" : thread.replaceAll("[0-9]+", "N"), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            Set<String> seenLayers = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (seen.add(n)) {
                    inclusive.merge(n, 1, Integer::sum);
                }
                String type = f.getMethod().getType().getName();
                LAYERS.forEach((layer, prefixes) -> {
                    if (prefixes.stream().anyMatch(type::startsWith) && seenLayers.add(layer)) {
                        layers.merge(layer, 1, Integer::sum);
                    }
                });
            }
        }
        System.out.println("samples: " + samples + " (jdk.ExecutionSample)");
        print("threads (digits folded)", threads, samples, 8);
        print("layers: share of samples passing through", layers, samples, LAYERS.size());
        print("self (top frame)", self, samples, top);
        print("inclusive (anywhere on the stack)", inclusive, samples, top);
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int total, int top) {
        System.out.println();
        System.out.println("## " + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(en -> System.out.printf("%6d  %5.1f %%  %s%n", en.getValue(),
                        100.0 * en.getValue() / Math.max(1, total), en.getKey()));
    }
}
