package vn.govca.ca.interfaces.faces;

import java.io.Serializable;
import java.time.Instant;
import vn.govca.db.domain.CertificateRecord;

/** A certificate as the search table lists it. */
public record CertificateRow(String ca, String serial, String subject, String profile, String status,
                             Instant notBefore, Instant notAfter) implements Serializable {

    static CertificateRow of(CertificateRecord c, String caName) {
        return new CertificateRow(caName, c.serial().value(), c.subjectDn(), c.profileName(), c.status().name(),
                c.notBefore(), c.notAfter());
    }

    public String key() {
        return ca + "/" + serial;
    }
}
