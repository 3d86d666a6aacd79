package vn.govca.ca.application.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.OptionalLong;
import vn.govca.ca.application.ca.CaDirectory;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.auth.Role;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.domain.CertificateRecord;
import vn.govca.db.domain.CertificateStatus;
import vn.govca.db.domain.SerialHex;
import vn.govca.db.infrastructure.CertificatePage;
import vn.govca.db.infrastructure.CertificateRepository;
import vn.govca.db.infrastructure.CertificateSearch;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.SerialNumber;

/**
 * Reads certificates: one by CA and serial, or a keyset-paged search (indexed; no OFFSET over
 * millions of rows). Subscriber managers get scoped reads with the RA (issue 4); until then they
 * read nothing here.
 */
@ApplicationScoped
@Transactional
public class CertificateQueries {

    public static final int DEFAULT_LIMIT = 50;

    @PersistenceContext(unitName = "govca")
    EntityManager em;

    @Inject
    CaDirectory directory;

    public CertificateRecord bySerial(Principal who, String caName, String serial) {
        requireReader(who);
        CertificateAuthorityRecord ca = directory.find(caName);
        String hex = SerialNumber.fromHex(serial).hex();
        return new CertificateRepository(em).findBySerial(ca.id(), SerialHex.of(hex))
                .filter(c -> c.der() != null)
                .orElseThrow(() -> GovCaException.notFound("CA '" + caName + "' has issued no certificate with serial "
                        + hex));
    }

    /** Search filters; every one optional. */
    public record Filter(String ca, String status, String profile, String subject, boolean contains) {
    }

    public CertificatePage search(Principal who, Filter f, Long cursor, Integer limit) {
        requireReader(who);
        int n = limit == null ? DEFAULT_LIMIT : limit;
        if (n < 1 || n > CertificateRepository.MAX_PAGE_SIZE) {
            throw GovCaException.malformed("limit " + n + " is outside 1.." + CertificateRepository.MAX_PAGE_SIZE);
        }
        CertificateSearch s = CertificateSearch.all();
        if (f.ca() != null && !f.ca().isBlank()) {
            s = s.inCa(directory.find(f.ca()).id());
        }
        if (f.status() != null && !f.status().isBlank()) {
            s = s.withStatus(status(f.status()));
        }
        if (f.profile() != null && !f.profile().isBlank()) {
            s = s.withProfile(f.profile());
        }
        if (f.subject() != null && !f.subject().isBlank()) {
            s = f.contains() ? s.subjectContaining(f.subject()) : s.subjectStartingWith(f.subject());
        }
        return new CertificateRepository(em).search(s, cursor == null ? OptionalLong.empty() : OptionalLong.of(cursor), n);
    }

    private static CertificateStatus status(String s) {
        try {
            return CertificateStatus.valueOf(s.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw GovCaException.malformed("status '" + s + "' is unknown; one of "
                    + java.util.Arrays.toString(CertificateStatus.values()));
        }
    }

    private static void requireReader(Principal who) {
        who.requireAnyOf("read certificates", Role.CA_ADMIN, Role.CA_OPERATOR, Role.AUDITOR);
    }
}
