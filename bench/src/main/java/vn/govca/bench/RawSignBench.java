package vn.govca.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.bouncycastle.operator.ContentSigner;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.key.SignatureAlgorithm;
import vn.govca.pki.domain.token.CryptoToken;
import vn.govca.pki.domain.token.CryptoTokens;
import vn.govca.pki.domain.token.TokenConfig;

/**
 * The ceiling of the issuance benchmark: how many signatures per second the issuing key alone
 * makes, in its own token, with no certificate work around it. Opens the very key the server
 * uses (token and alias from the server's {@code govca.properties}, read with the server's own
 * {@link TokenConfig} rules; soft PKCS#12 read-only, PKCS#11 through SunPKCS11 with
 * {@code SOFTHSM2_CONF} from the environment) and signs a 1 KiB message, about the size of a
 * subscriber certificate's TBSCertificate (RFC 5280 §4.1), in a closed loop per thread. Like the
 * server, each signature takes a fresh {@link ContentSigner} from the token.
 *
 * <p>Prints one JSON line; exit code 0 on success, 1 on a failed run, 2 on bad arguments.
 */
public final class RawSignBench {

    private static final Set<String> OPTIONS = Set.of("config", "token", "ca", "alias", "algorithm", "threads",
            "warmup", "seconds", "message-bytes");

    private RawSignBench() {
    }

    public static void main(String[] argv) throws Exception {
        try {
            System.exit(run(Args.parse(argv, OPTIONS)));
        } catch (IllegalArgumentException e) {
            System.err.println("RawSignBench: " + e.getMessage());
            System.exit(2);
        } catch (GovCaException e) {
            // the token cannot be opened or has no such key: the message says which and why
            System.err.println("RawSignBench: " + e.category() + ": " + e.getMessage());
            System.exit(1);
        }
    }

    private static int run(Args args) throws IOException, InterruptedException {
        Path config = Path.of(args.required("config")).toAbsolutePath();
        String tokenName = args.required("token");
        String alias = args.optional("alias", null);
        if (alias == null) {
            alias = "ca-" + args.required("ca").toLowerCase(java.util.Locale.ROOT);
        }
        int threads = args.number("threads", 2, 1, 256);
        int warmup = args.number("warmup", 5, 0, 3600);
        int seconds = args.number("seconds", 10, 1, 3600);
        byte[] message = new byte[args.number("message-bytes", 1024, 1, 1 << 20)];
        new SecureRandom().nextBytes(message);

        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(config)) {
            props.load(in);
        }
        try (CryptoToken token = CryptoTokens.open(TokenConfig.fromProperties(props, tokenName, config.getParent()))) {
            token.activate();
            String algorithm = args.optional("algorithm",
                    SignatureAlgorithm.defaultFor(KeySpec.of(token.publicKey(alias))).jcaName());
            token.signer(alias, algorithm); // fails here, before the clock, for a wrong alias or algorithm
            Window window = new Window(warmup, seconds);
            long[] counts = sign(token, alias, algorithm, message, threads, window);
            long total = java.util.Arrays.stream(counts).sum();
            System.out.println("{\"tool\":\"RawSignBench\",\"ok\":" + (window.failure() == null)
                    + ",\"token\":\"" + IssuanceBench.json(tokenName) + "\",\"alias\":\"" + IssuanceBench.json(alias)
                    + "\",\"algorithm\":\"" + algorithm + "\",\"threads\":" + threads
                    + ",\"messageBytes\":" + message.length + ",\"warmupSeconds\":" + warmup
                    + ",\"seconds\":" + seconds + ",\"signatures\":" + total
                    + ",\"perSecond\":" + Window.round(total / window.measuredSeconds())
                    + (window.failure() == null ? "" : ",\"failure\":\"" + IssuanceBench.json(window.failure()) + "\"")
                    + "}");
            return window.failure() == null ? 0 : 1;
        }
    }

    /** Runs the signing threads; returns each thread's count of signatures in the measured interval. */
    private static long[] sign(CryptoToken token, String alias, String algorithm, byte[] message, int threads,
            Window window) throws InterruptedException {
        long[] counts = new long[threads];
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int slot = i;
            workers.add(new Thread(() -> counts[slot] = loop(token, alias, algorithm, message, window),
                    "raw-sign-" + i));
        }
        workers.forEach(Thread::start);
        for (Thread t : workers) {
            t.join();
        }
        return counts;
    }

    private static long loop(CryptoToken token, String alias, String algorithm, byte[] message, Window window) {
        long counted = 0;
        try {
            while (window.running()) {
                ContentSigner signer = token.signer(alias, algorithm);
                try (OutputStream out = signer.getOutputStream()) {
                    out.write(message);
                }
                if (signer.getSignature().length == 0) {
                    window.fail("empty signature");
                }
                if (window.measured(System.nanoTime())) {
                    counted++;
                }
            }
        } catch (IOException | RuntimeException e) {
            window.fail(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return counted;
    }
}
