package vn.govca.pki.infrastructure.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.token.CryptoToken;
import vn.govca.pki.domain.token.CryptoTokens;
import vn.govca.pki.domain.token.TokenConfig;
import vn.govca.pki.testkit.SoftHsmToken;

/** Eight threads sign at once with one token, as the issuance benchmark's eight clients do. */
class ConcurrentSigningTest {

    private static final int THREADS = 8;
    private static final int SIGNATURES_PER_THREAD = 40;

    @TempDir
    Path dir;

    @Test
    void signer_softToken8Threads_allSignaturesVerify() throws Exception {
        TokenConfig config = TokenConfig.soft("dev", dir.resolve("dev.p12"), "pw".toCharArray());
        try (CryptoToken token = CryptoTokens.open(config)) {
            token.activate();
            assertAllVerify(token);
        }
    }

    @Test
    void signer_pkcs11Token8Threads_allSignaturesVerify() throws Exception {
        try (SoftHsmToken hsm = SoftHsmToken.create("conc");
                CryptoToken token = CryptoTokens.open(hsm.config())) {
            token.activate();
            assertAllVerify(token);
        }
    }

    private static void assertAllVerify(CryptoToken token) throws Exception {
        token.generateKeyPair("ec", KeySpec.EC_P256);
        token.generateKeyPair("rsa", KeySpec.RSA_2048);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                String alias = t % 2 == 0 ? "ec" : "rsa";
                int thread = t;
                Callable<Integer> work = () -> {
                    start.await();
                    int valid = 0;
                    for (int i = 0; i < SIGNATURES_PER_THREAD; i++) {
                        if (Signatures.signAndVerify(token, alias, "thread " + thread + " message " + i)) {
                            valid++;
                        }
                    }
                    return valid;
                };
                results.add(pool.submit(work));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(120, TimeUnit.SECONDS)).isEqualTo(SIGNATURES_PER_THREAD);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
