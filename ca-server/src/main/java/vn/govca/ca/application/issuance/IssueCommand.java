package vn.govca.ca.application.issuance;

import java.util.List;

/**
 * A request to issue a subscriber certificate from a PKCS#10 CSR.
 *
 * @param ca issuing CA name
 * @param profile certificate profile name (personal, organization, tls-server, …)
 * @param csr the PKCS#10 request, PEM
 * @param subject the subject DN to certify; when absent the CSR's subject is used. The RA, not
 *        the CSR, is authoritative for the subject
 * @param dnsNames dNSName SANs; when absent those requested in the CSR
 * @param emails rfc822Name SANs; when absent those requested in the CSR
 * @param validityDays requested validity; when absent the profile's maximum (cut at the CA's
 *        own notAfter)
 */
public record IssueCommand(String ca, String profile, String csr, String subject, List<String> dnsNames,
                           List<String> emails, Integer validityDays) {
}
