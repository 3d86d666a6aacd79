package vn.govca.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSession;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.Pem;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.key.SignatureAlgorithm;
import vn.govca.pki.domain.name.DnsName;
import vn.govca.pki.domain.name.SubjectName;
import vn.govca.pki.infrastructure.cert.CsrBuilder;

/**
 * Load client for the issuance target of issue 2: certificates issued per second through
 * {@code POST /api/v1/certificates} (docs/api.md) by N concurrent clients in a closed loop, each
 * its own HTTP client and so its own keep-alive TLS connection (one handshake per client, client
 * certificate authentication). Every answer must be 201: anything else stops the run and is
 * printed, so a benchmark can never report the speed of refusals.
 *
 * <p>The CSRs (RFC 2986; subscriber keys EC P-256 by default, {@code --csr-key RSA-2048} for
 * RSA: the server verifies each CSR's signature, so the key type changes the server's work) are
 * built once before the clock starts and reused round-robin; the server does not refuse a
 * reused key, and building requests is not what is measured. Prints one JSON line
 * ({@code issued}: answers completed in the measured seconds; {@code issuedInAll}: every
 * certificate this run obtained, warm-up included; {@code clientCpuMsPerCert}: this JVM's own CPU
 * time per certificate, JIT included); exit code 0 on success, 1 on a failed run, 2 on bad
 * arguments. With {@code --write-bodies FILE} it only writes the request bodies, one JSON object
 * per line, for wrk ({@code bench/issuance.lua}) and exits.
 */
public final class IssuanceBench {

    private static final Set<String> OPTIONS = Set.of("base", "client-p12", "client-pass-file", "trust", "ca",
            "profile", "clients", "warmup", "seconds", "http", "csrs", "csr-key", "write-bodies");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final URI endpoint;
    private final SSLContext tls;
    private final HttpClient.Version version;
    private final List<byte[]> bodies;
    private final Set<String> tlsSessions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger issuedInAll = new AtomicInteger();

    private IssuanceBench(URI endpoint, SSLContext tls, HttpClient.Version version, List<byte[]> bodies) {
        this.endpoint = endpoint;
        this.tls = tls;
        this.version = version;
        this.bodies = bodies;
    }

    public static void main(String[] argv) throws Exception {
        try {
            System.exit(run(Args.parse(argv, OPTIONS)));
        } catch (IllegalArgumentException e) {
            System.err.println("IssuanceBench: " + e.getMessage());
            System.exit(2);
        }
    }

    /** What one run measures. */
    private record Load(String ca, String profile, KeySpec csrKey, int clients, int warmup, int seconds) {
    }

    private static int run(Args args) throws Exception {
        Load load = new Load(args.required("ca"), args.optional("profile", "tls-server"),
                csrKey(args.optional("csr-key", "EC-P256")), args.number("clients", 8, 1, 512),
                args.number("warmup", 5, 0, 3600), args.number("seconds", 10, 1, 3600));
        HttpClient.Version version = switch (args.optional("http", "1.1")) {
            case "1.1" -> HttpClient.Version.HTTP_1_1;
            case "2" -> HttpClient.Version.HTTP_2;
            default -> throw new IllegalArgumentException("option --http must be 1.1 or 2");
        };
        String bodiesFile = args.optional("write-bodies", null);
        if (bodiesFile != null) {
            // for another load tool (bench/issuance.lua): one JSON body per line, nothing sent
            List<String> lines = requestBodies(load, args.number("csrs", 16, 1, 10_000)).stream()
                    .map(b -> new String(b, StandardCharsets.UTF_8)).toList();
            Files.write(Path.of(bodiesFile), lines, StandardCharsets.UTF_8);
            return 0;
        }
        SSLContext tls = ClientTls.context(Path.of(args.required("client-p12")),
                Path.of(args.required("client-pass-file")), Path.of(args.required("trust")));
        List<byte[]> bodies = requestBodies(load, args.number("csrs", 16, 1, 10_000));
        URI endpoint = URI.create(stripSlash(args.required("base")) + "/api/v1/certificates");
        IssuanceBench bench = new IssuanceBench(endpoint, tls, version, bodies);
        String refusal = bench.checkOnce();
        if (refusal != null) {
            System.err.println("IssuanceBench: " + refusal);
            return 1;
        }
        Window window = new Window(load.warmup(), load.seconds());
        System.out.println(bench.measure(window, load));
        return window.failure() == null ? 0 : 1;
    }

    private static KeySpec csrKey(String text) {
        try {
            return KeySpec.parse(text);
        } catch (GovCaException e) {
            throw new IllegalArgumentException("option --csr-key: " + e.getMessage(), e);
        }
    }

    /**
     * One request before the clock starts, so a misconfiguration fails with the server's answer.
     *
     * @return null if a certificate was issued, else what the server answered
     */
    private String checkOnce() throws Exception {
        HttpResponse<byte[]> r = client().send(request(bodies.get(0)), HttpResponse.BodyHandlers.ofByteArray());
        String body = new String(r.body(), StandardCharsets.UTF_8);
        if (r.statusCode() != 201 || !body.contains("certificatePem")) {
            return "first request answered HTTP " + r.statusCode() + ": " + body;
        }
        issuedInAll.incrementAndGet();
        return null;
    }

    private String measure(Window window, Load load) throws InterruptedException {
        // this process's own CPU per certificate: the load tool shares the machine with the server
        long cpu0 = processCpuNanos();
        int issued0 = issuedInAll.get();
        List<Samples> samples = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < load.clients(); i++) {
            Samples s = new Samples();
            samples.add(s);
            int first = i;
            threads.add(new Thread(() -> loop(window, s, first), "issuance-client-" + i));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        double clientCpuMs = (processCpuNanos() - cpu0) / 1e6 / Math.max(1, issuedInAll.get() - issued0);
        int issued = samples.stream().mapToInt(Samples::count).sum();
        double[] p = Samples.percentilesMillis(samples);
        String failure = window.failure();
        return "{\"tool\":\"IssuanceBench\",\"ok\":" + (failure == null)
                + ",\"ca\":\"" + json(load.ca()) + "\",\"profile\":\"" + json(load.profile())
                + "\",\"csrKey\":\"" + load.csrKey().externalName() + "\",\"clients\":" + load.clients()
                + ",\"http\":\"" + (version == HttpClient.Version.HTTP_2 ? "2" : "1.1") + "\""
                + ",\"warmupSeconds\":" + load.warmup() + ",\"seconds\":" + load.seconds() + ",\"issued\":" + issued
                + ",\"perSecond\":" + Window.round(issued / window.measuredSeconds())
                + ",\"p50Ms\":" + Window.round(p[0]) + ",\"p99Ms\":" + Window.round(p[1])
                + ",\"maxMs\":" + Window.round(p[2]) + ",\"tlsSessions\":" + tlsSessions.size()
                + ",\"issuedInAll\":" + issuedInAll.get() + ",\"clientCpuMsPerCert\":" + Window.round(clientCpuMs)
                + (failure == null ? "" : ",\"failure\":\"" + json(failure) + "\"") + "}";
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** A client's closed loop: send, wait for the answer, send again. */
    private void loop(Window window, Samples samples, int first) {
        HttpClient client = client();
        int next = first;
        try {
            while (window.running()) {
                HttpRequest request = request(bodies.get(next++ % bodies.size()));
                long start = System.nanoTime();
                HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                long done = System.nanoTime();
                if (r.statusCode() != 201) {
                    window.fail("HTTP " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
                    return;
                }
                issuedInAll.incrementAndGet();
                r.sslSession().ifPresent(this::noteSession);
                if (window.measured(done)) {
                    samples.add(done - start);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            window.fail("interrupted");
        } catch (java.io.IOException | RuntimeException e) {
            window.fail(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** A handshake makes a new session; their count shows whether connections are kept alive. */
    private void noteSession(SSLSession s) {
        tlsSessions.add(java.util.HexFormat.of().formatHex(s.getId()) + "/" + s.getCreationTime());
    }

    private HttpClient client() {
        return HttpClient.newBuilder().sslContext(tls).version(version)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private HttpRequest request(byte[] body) {
        return HttpRequest.newBuilder(endpoint).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** {@code n} JSON request bodies, each with its own subscriber key, CN and dNSName. */
    private static List<byte[]> requestBodies(Load load, int n) throws Exception {
        KeySpec key = load.csrKey();
        KeyPairGenerator gen = KeyPairGenerator.getInstance(key.algorithm());
        gen.initialize(key.keyGenParameters());
        List<byte[]> bodies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            KeyPair kp = gen.generateKeyPair();
            String host = "bench-" + i + ".example.gov.vn";
            byte[] csr = CsrBuilder.forEndEntity(SubjectName.parse("C=VN, O=GovCA Bench, CN=" + host),
                    SubjectPublicKeyInfo.getInstance(kp.getPublic().getEncoded()), List.of(new DnsName(host)),
                    new JcaContentSignerBuilder(SignatureAlgorithm.defaultFor(key).jcaName()).build(kp.getPrivate()));
            String body = "{\"ca\":\"" + json(load.ca()) + "\",\"profile\":\"" + json(load.profile()) + "\",\"csr\":\""
                    + json(Pem.encode("CERTIFICATE REQUEST", csr)) + "\",\"dnsNames\":[\"" + host + "\"]}";
            bodies.add(body.getBytes(StandardCharsets.UTF_8));
        }
        return bodies;
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** Escapes a string for a JSON string literal (RFC 8259 §7). */
    static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
