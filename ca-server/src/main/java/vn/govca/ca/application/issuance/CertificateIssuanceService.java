package vn.govca.ca.application.issuance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.ca.application.ca.CaDirectory;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.auth.Role;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.IssuanceRequest;
import vn.govca.pki.domain.cert.SignedCertificate;
import vn.govca.pki.domain.name.DnsName;
import vn.govca.pki.domain.name.EmailAddress;
import vn.govca.pki.domain.name.SubjectName;
import vn.govca.pki.domain.profile.CertificateProfile;
import vn.govca.pki.infrastructure.cert.CsrParser;
import vn.govca.pki.infrastructure.cert.ParsedCsr;

/**
 * Issues subscriber certificates from PKCS#10 requests: step 1 (validate) of the issuance cycle
 * lives here — who may issue, which CA and profile, proof of possession, the subject — and the
 * rest is {@link IssuanceCycle}. A refused request is audited as a refusal and changes nothing
 * else.
 */
@ApplicationScoped
public class CertificateIssuanceService {

    @Inject
    ServerContext context;

    @Inject
    CaDirectory directory;

    @Inject
    IssuanceCycle cycle;

    @Inject
    AuditTrail audit;

    /** An issued certificate with its chain up to (and including) the root. */
    public record Issued(SignedCertificate certificate, String caName, List<byte[]> chain) {
    }

    public Issued issue(Principal who, IssueCommand cmd) {
        // Step 1 (validate) here, audited as a refusal when it fails; the cycle audits its own
        // lint refusals and signing failures.
        Issuer issuer;
        IssuanceRequest request;
        List<byte[]> chain;
        CertificateAuthorityRecord ca;
        try {
            who.requireAnyOf("issue certificates", Role.CA_ADMIN, Role.CA_OPERATOR);
            CaDirectory.Lineage lineage = directory.lineage(required(cmd.ca(), "ca"));
            ca = lineage.ca();
            chain = lineage.chain();
            CertificateProfile profile = context.profiles().get(required(cmd.profile(), "profile"));
            if (profile.kind().isCa()) {
                throw GovCaException.policy("profile " + profile.name()
                        + " issues CA certificates; use POST /api/v1/cas to create a CA");
            }
            issuer = directory.issuer(ca);
            ParsedCsr csr = CsrParser.parse(required(cmd.csr(), "csr"));
            SubjectName subject = cmd.subject() == null || cmd.subject().isBlank()
                    ? csr.subjectName() : SubjectName.parse(cmd.subject());
            IssuanceRequest.Builder b = IssuanceRequest.builder(profile, issuer.context())
                    .subject(subject).publicKey(csr.publicKey());
            List<DnsName> dns = cmd.dnsNames() == null ? csr.dnsNames()
                    : cmd.dnsNames().stream().map(DnsName::new).toList();
            List<EmailAddress> emails = cmd.emails() == null ? csr.emails()
                    : cmd.emails().stream().map(EmailAddress::new).toList();
            dns.forEach(b::dnsSan);
            emails.forEach(b::emailSan);
            if (cmd.validityDays() != null) {
                b.validityDays(cmd.validityDays());
            }
            request = b.build();
        } catch (GovCaException e) {
            if (e.category() != GovCaException.Category.INTERNAL) {
                audit.recordRefusal(who.auditName(), AuditTrail.ISSUANCE_REFUSED,
                        "ca " + cmd.ca() + " profile " + cmd.profile(), refusal(e));
            }
            throw e;
        }
        return new Issued(cycle.issue(issuer, request, who.auditName()), ca.name(), chain);
    }

    /** The CA's certificate and its parents' up to the root. */
    public List<byte[]> chain(CertificateAuthorityRecord ca) {
        return directory.chain(ca);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw GovCaException.malformed(field + " is required");
        }
        return value;
    }

    private static Map<String, Object> refusal(GovCaException e) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("category", e.category().name());
        d.put("reason", e.getMessage());
        return d;
    }
}
