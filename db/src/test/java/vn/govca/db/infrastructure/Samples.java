package vn.govca.db.infrastructure;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import vn.govca.db.domain.CaKey;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.domain.CertificateRecord;
import vn.govca.db.domain.SerialHex;

/** Test rows with plausible values. */
final class Samples {

    /** A time with microseconds, as the database keeps them. */
    static final Instant T0 = Instant.parse("2026-03-29T01:30:05.123456Z");
    static final CaKey KEY = new CaKey("soft-token", "ca-key-1", "EC-P384", "SHA384withECDSA");

    private Samples() {
    }

    static CertificateAuthorityRecord ca(String name) {
        return CertificateAuthorityRecord.awaitingCertificate(name, "CN=" + name + ",O=Ban Cơ yếu Chính phủ,C=VN",
                KEY, null, T0);
    }

    /** Adds an ACTIVE CA and returns its id. */
    static long addActiveCa(EntityManager em, String name) {
        CertificateAuthorityRecord ca = new CertificateAuthorityRepository(em).add(ca(name));
        ca.activate(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01}, SerialHex.of("1f"), T0,
                T0.plus(Duration.ofDays(365 * 25)), T0);
        em.flush();
        return ca.id();
    }

    static CertificateRecord reservation(long caId, String serialHex, String searchText) {
        return CertificateRecord.reserve(caId, SerialHex.of(serialHex), "CN=" + searchText + ",C=VN", searchText,
                "tls-server", T0, T0.plus(Duration.ofDays(365)), T0);
    }
}
