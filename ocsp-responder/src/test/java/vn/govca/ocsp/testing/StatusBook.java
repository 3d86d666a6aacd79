package vn.govca.ocsp.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import vn.govca.ocsp.domain.CaRef;
import vn.govca.ocsp.domain.CertificateStatus;
import vn.govca.ocsp.domain.CertificateStatusSource;
import vn.govca.pki.domain.cert.SerialNumber;

/**
 * An in-memory {@link CertificateStatusSource} for tests of the plain-Java responder (the database
 * implementation comes with the db module): what is not recorded was never issued. Counts reads,
 * and can be made to fail as an unavailable or broken store would.
 */
public final class StatusBook implements CertificateStatusSource {

    private record Entry(long caId, SerialNumber serial) {
    }

    private final Map<Entry, CertificateStatus> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    public void record(CaRef ca, SerialNumber serial, CertificateStatus status) {
        statuses.put(new Entry(ca.id(), serial), status);
    }

    /** Every following read throws {@code e} (null: read normally again). */
    public void failWith(RuntimeException e) {
        failure.set(e);
    }

    public int reads() {
        return reads.get();
    }

    @Override
    public CertificateStatus status(CaRef ca, SerialNumber serial) {
        reads.incrementAndGet();
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
        return statuses.getOrDefault(new Entry(ca.id(), serial), CertificateStatus.neverIssued());
    }
}
