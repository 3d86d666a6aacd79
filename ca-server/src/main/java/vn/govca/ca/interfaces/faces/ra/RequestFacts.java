package vn.govca.ca.interfaces.faces.ra;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import vn.govca.db.domain.RaRequestRecord;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.name.DnsName;
import vn.govca.pki.infrastructure.cert.CsrParser;
import vn.govca.pki.infrastructure.cert.ParsedCsr;

/**
 * What the request detail page shows of a request, decoded once when the page loads: the dossier
 * (type, state, subscriber, profile, deadline), the CSR's requested subject and key (RFC 2986), the
 * revocation case and the certificate it issued or acts on.
 */
public record RequestFacts(long id, String type, String state, long subscriberId, String subscriber, String caName,
                           String profile, Integer validityDays, String recipient, String note, Instant filedAt,
                           LocalDate dueOn, boolean overdue, int approvals, int requiredApprovals, String csrSubject,
                           String csrKey, String csrSignature, String csrDnsNames, boolean serverKeyGeneration,
                           Long targetCertificateId, String decreeReason, String revocationReason,
                           Long issuedCertificateId, long filedBy) implements Serializable {

    static RequestFacts of(RaRequestRecord r, String subscriber, boolean overdue) {
        String subject = "";
        String key = "";
        String signature = "";
        String dns = "";
        if (r.csr() != null) {
            try {
                ParsedCsr csr = CsrParser.parse(r.csr());
                subject = csr.subject().toString();
                key = csr.keySpec().externalName();
                signature = csr.signatureAlgorithm().jcaName();
                dns = String.join(", ", csr.dnsNames().stream().map(DnsName::value).toList());
            } catch (GovCaException e) {
                subject = e.getMessage();
            }
        }
        return new RequestFacts(r.id(), r.type().name(), r.state().name(), r.subscriberId(), subscriber, r.caName(),
                r.profileName(), r.validityDays(), r.recipient(), r.note(), r.filedAt(), r.dueOn(), overdue,
                r.approvalCount(), r.requiredApprovals(), subject, key, signature, dns, r.serverKeyGeneration(),
                r.targetCertificateId(), r.decreeReason(), r.revocationReason(), r.issuedCertificateId(), r.filedBy());
    }

    public boolean hasCsr() {
        return !csrKey.isEmpty() || !csrSubject.isEmpty();
    }
}
