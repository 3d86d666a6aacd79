package vn.govca.crl.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.govca.crl.domain.CrlSpec;
import vn.govca.crl.domain.RevokedEntrySource;
import vn.govca.crl.domain.WrittenCrl;
import vn.govca.crl.infrastructure.StreamingCrlWriter;
import vn.govca.crl.testing.CrlFixture;
import vn.govca.crl.testing.SyntheticRevocations;
import vn.govca.pki.domain.key.KeySpec;

/**
 * Writes one full CRL of N synthetic entries ({@link SyntheticRevocations}) with a test CA of the
 * given key and prints the wall time, the writing thread's CPU time, the size and the peak heap (sum of the heap pools' peaks,
 * reset after set-up). Also the child process of {@code LargeCrlTest}. How to run it: see
 * crl-publisher/README.md ("Benchmark"):
 * <pre>
 * java -Xmx256m -cp "$(cat target/cp.txt):target/classes:target/test-classes" \
 *     vn.govca.crl.bench.CrlWriteBenchmark 1000000 EC_P256 /tmp/crl-bench/ca.crl [runs]
 * </pre>
 * Writes {@code ca.pem} (the issuing CA) beside the CRL, for {@code openssl crl -verify}.
 */
public final class CrlWriteBenchmark {

    private CrlWriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: CrlWriteBenchmark <entries> <" + List.of(KeySpec.values()) + "> <out.crl> [runs]");
            System.exit(2);
        }
        long entries = Long.parseLong(args[0]);
        KeySpec key = KeySpec.valueOf(args[1]);
        Path out = Path.of(args[2]).toAbsolutePath();
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        Files.createDirectories(out.getParent());
        CrlFixture ca = CrlFixture.create(key);
        ca.writeCaPem(out.getParent());
        Instant now = Instant.now();
        StreamingCrlWriter writer = new StreamingCrlWriter(out.getParent());
        for (int run = 1; run <= runs; run++) {
            CrlSpec spec = CrlSpec.full(ca.issuer, BigInteger.valueOf(run), now, now.plus(Duration.ofDays(7))).build();
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long start = System.nanoTime();
            WrittenCrl written = writer.writeFile(spec,
                    RevokedEntrySource.of(new SyntheticRevocations(entries, now, 20250301L)), ca.signer(), out);
            long nanos = System.nanoTime() - start;
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("run=%d key=%s entries=%d bytes=%d seconds=%.2f cpuSeconds=%.2f peakHeapMB=%.1f maxHeapMB=%d%n",
                    run, key, written.entryCount(), written.length(), nanos / 1e9, cpu / 1e9, peak / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576);
        }
    }
}
