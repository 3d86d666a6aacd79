package vn.govca.ocsp.bench;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.Provider;
import java.security.Signature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import vn.govca.ocsp.application.OcspResponder;
import vn.govca.ocsp.domain.BouncyCastle;
import vn.govca.ocsp.domain.CertIdHashAlgorithm;
import vn.govca.ocsp.domain.OcspResponseStatus;
import vn.govca.ocsp.testing.OcspTestPki;
import vn.govca.ocsp.testing.Requests;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.testing.TestKeys;
import vn.govca.pki.testing.TestPki;

/**
 * Throughput of the responder core on this machine (not a test; run by hand, see the README):
 * the raw EC P-256 signing rate of Bouncy Castle and of the JDK's SunEC, and
 * {@link OcspResponder#respond} from pre-produced responses (no nonce) and signed per request
 * (nonce; through a plain Bouncy Castle signer with its own DRBG and through pki-core's soft
 * token), each on {@code threads} threads (default 2). The workloads alternate for
 * {@code rounds} rounds of {@code seconds} each after a warm-up and the best rate of each is
 * printed, which damps the noise of other processes on the machine.
 * Usage: {@code OcspThroughputBench [threads=2] [seconds=3] [rounds=4]}.
 */
public final class OcspThroughputBench {

    private interface Work {
        void run(int thread, long iteration) throws Exception;
    }

    private static final String BC = "raw P-256 sign, Bouncy Castle";
    private static final String BC_DRBG = "raw P-256 sign, Bouncy Castle, own DRBG";
    private static final String SUN = "raw P-256 sign, SunEC";
    private static final String CACHED = "respond(), pre-produced (no nonce)";
    private static final String NONCE = "respond(), nonce, BC signer with own DRBG";
    private static final String NONCE_TOKEN = "respond(), nonce, pki-core soft token";

    private OcspThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        KeyPair key = TestKeys.fresh(KeySpec.EC_P256);
        byte[] tbs = new byte[220];
        new Random(1).nextBytes(tbs);

        OcspTestPki pki = OcspTestPki.create();
        OcspResponder responder = pki.responder();
        List<byte[]> plain = new ArrayList<>();
        List<byte[]> withNonce = new ArrayList<>();
        Random random = new Random(2);
        for (int i = 0; i < 1000; i++) {
            BigInteger serial = i % 2 == 0 ? pki.issueGood(String.format("0010990%05d", i)).serial().value()
                    : TestPki.serial().value();
            plain.add(Requests.of(pki.pki.sub.holder(), CertIdHashAlgorithm.SHA1, serial));
            byte[] nonce = new byte[16];
            random.nextBytes(nonce);
            withNonce.add(Requests.withNonce(nonce, pki.pki.sub.holder(), CertIdHashAlgorithm.SHA1, serial));
        }
        plain.forEach(responder::respond);
        System.out.printf(Locale.ROOT, "pre-produced response size: %d bytes (P-256 responder certificate included)%n",
                responder.respond(plain.get(0)).length());

        Map<String, Work> work = new LinkedHashMap<>();
        work.put(BC, signing(key, BouncyCastle.provider(), tbs, threads, false));
        work.put(BC_DRBG, signing(key, BouncyCastle.provider(), tbs, threads, true));
        work.put(SUN, signing(key, java.security.Security.getProvider("SunEC"), tbs, threads, false));
        work.put(CACHED, (t, i) -> check(responder.respond(plain.get((int) (i % plain.size()))).status()));
        work.put(NONCE, (t, i) -> check(responder.respond(withNonce.get((int) (i % withNonce.size()))).status()));
        OcspTestPki tokenPki = OcspTestPki.withToken(java.nio.file.Files.createTempDirectory("ocsp-bench"));
        OcspResponder tokenResponder = tokenPki.responder();
        List<byte[]> tokenNonce = new ArrayList<>();
        BigInteger tokenSerial = tokenPki.issueGood("001099099999").serial().value();
        for (byte[] n : nonces(random, 1000)) {
            tokenNonce.add(Requests.withNonce(n, tokenPki.pki.sub.holder(), CertIdHashAlgorithm.SHA1, tokenSerial));
        }
        work.put(NONCE_TOKEN, (t, i) -> check(tokenResponder.respond(tokenNonce.get((int) (i % 1000))).status()));
        Map<String, Double> best = new LinkedHashMap<>();
        for (Map.Entry<String, Work> w : work.entrySet()) {
            run(threads, 2, w.getValue());
        }
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, Work> w : work.entrySet()) {
                best.merge(w.getKey(), run(threads, seconds, w.getValue()), Math::max);
            }
        }
        System.out.printf(Locale.ROOT, "best of %d rounds of %d s, %d threads, load average now %.1f:%n", rounds, seconds,
                threads, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        best.forEach((name, rate) -> System.out.printf(Locale.ROOT, "  %-42s %,10.0f /s%n", name, rate));
        System.out.printf(Locale.ROOT, "Bouncy Castle / SunEC P-256 signing: %.1fx%n", best.get(BC) / best.get(SUN));
        double raw = Math.max(best.get(BC), best.get(BC_DRBG));
        System.out.printf(Locale.ROOT, "nonce responses / best raw Bouncy Castle signing: %.0f%% (soft token: %.0f%%)%n",
                100 * best.get(NONCE) / raw, 100 * best.get(NONCE_TOKEN) / raw);
        System.out.printf(Locale.ROOT, "pre-produced responses: %.0f/s (target >= 25000/s)%n", best.get(CACHED));
    }

    private static List<byte[]> nonces(Random random, int n) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] nonce = new byte[16];
            random.nextBytes(nonce);
            out.add(nonce);
        }
        return out;
    }

    /** Signers per thread; {@code ownRandom}: each with its own DRBG instead of the default SecureRandom. */
    private static Work signing(KeyPair key, Provider provider, byte[] tbs, int threads, boolean ownRandom)
            throws Exception {
        Signature[] signers = new Signature[threads];
        for (int t = 0; t < threads; t++) {
            signers[t] = Signature.getInstance("SHA256withECDSA", provider);
            if (ownRandom) {
                signers[t].initSign(key.getPrivate(), java.security.SecureRandom.getInstance("DRBG"));
            } else {
                signers[t].initSign(key.getPrivate());
            }
        }
        return (t, i) -> {
            signers[t].update(tbs);
            signers[t].sign();
        };
    }

    private static void check(OcspResponseStatus status) {
        if (status != OcspResponseStatus.SUCCESSFUL) {
            throw new IllegalStateException("responder answered " + status);
        }
    }

    private static double run(int threads, int seconds, Work work) throws Exception {
        LongAdder count = new LongAdder();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(threads);
        List<Thread> list = new ArrayList<>();
        List<Exception> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread th = new Thread(() -> {
                started.countDown();
                long i = thread * 7919L;
                try {
                    while (!stop.get()) {
                        work.run(thread, i++);
                        count.increment();
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            list.add(th);
            th.start();
        }
        started.await();
        long begin = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread th : list) {
            th.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return count.sum() / ((System.nanoTime() - begin) / 1e9);
    }
}
