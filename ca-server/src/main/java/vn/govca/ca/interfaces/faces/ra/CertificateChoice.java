package vn.govca.ca.interfaces.faces.ra;

import java.io.Serializable;
import java.time.Instant;
import vn.govca.db.domain.CertificateRecord;

/**
 * One of a subscriber's certificates as a request form offers it for renewal, change of
 * information, revocation, suspension or reinstatement: serial, issuing CA, profile, status and end
 * of validity, so the filer can tell the subscriber's certificates apart.
 */
public record CertificateChoice(long id, String serial, String caName, String profile, String status,
                                Instant notAfter) implements Serializable {

    static CertificateChoice of(CertificateRecord c, String caName) {
        return new CertificateChoice(c.id(), c.serial().value(), caName, c.profileName(), c.status().name(),
                c.notAfter());
    }

    /** The CA and profile a renewal or change of information of this certificate is issued with. */
    RequestForm.Target target() {
        return new RequestForm.Target(id, caName, profile);
    }
}
