package vn.govca.ca.interfaces.faces.ra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.govca.ca.application.ca.CaDirectory;
import vn.govca.ca.application.ra.RaRecords;
import vn.govca.ca.application.ra.SubscriberService;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.infrastructure.CertificateRepository;

/**
 * A subscriber's certificates for the request forms' certificate choice, from
 * {@link SubscriberService#certificates} (role and scope checked: a subscriber outside the reader's
 * scope is "not found"), with their CAs' names; a chosen certificate is read again through
 * {@link RaRecords#certificate} (scope-checked) when the request is filed.
 */
@ApplicationScoped
public class SubscriberCertificates {

    @Inject
    SubscriberService subscribers;

    @Inject
    RaRecords records;

    @Inject
    CaDirectory directory;

    /** The subscriber's signed certificates, newest first (at most {@value CertificateRepository#MAX_SUBSCRIBER_CERTIFICATES}). */
    public List<CertificateChoice> of(Principal who, long subscriberId) {
        Map<Long, String> caNames = caNames();
        return subscribers.certificates(who, subscriberId).stream()
                .map(c -> CertificateChoice.of(c, caNames.getOrDefault(c.caId(), "")))
                .toList();
    }

    /** One certificate in the reader's scope; NOT_FOUND otherwise. */
    public CertificateChoice one(Principal who, long certificateId) {
        var c = records.certificate(who, certificateId);
        return CertificateChoice.of(c, caNames().getOrDefault(c.caId(), ""));
    }

    private Map<Long, String> caNames() {
        return directory.all().stream().collect(Collectors.toMap(CertificateAuthorityRecord::id,
                CertificateAuthorityRecord::name, (a, b) -> a));
    }
}
