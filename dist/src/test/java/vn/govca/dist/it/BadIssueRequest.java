package vn.govca.dist.it;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A request to {@code POST /api/v1/certificates} that the CA must refuse with a problem body and
 * without storing anything (DESIGN invariants 2 and 7), with the status and category the server
 * defines for it: what cannot be decoded is MALFORMED (400); what decodes but a profile, a lint
 * or the proof-of-possession rule refuses is POLICY_VIOLATION (422) — including identifier
 * numbers in UID, which the UID lint checks (CP naming rule); unknown CA or profile NOT_FOUND.
 *
 * @param name        what is wrong (the test's display name)
 * @param contentType the request's Content-Type
 * @param body        the body, given a scratch directory for openssl's files
 * @param status      expected HTTP status
 * @param category    expected problem category
 */
public record BadIssueRequest(String name, String contentType, Function<Path, String> body, int status,
                              String category) {

    private static final String JSON = "application/json";
    private static final int MIB = 1024 * 1024;

    /** Every bad request, against issuing CA {@code ca}. */
    public static List<BadIssueRequest> catalogue(String ca) {
        String okUid = "CCCD:001099012345";
        return List.of(
                malformed("garbage instead of a CSR", d -> IssueRequests.json(ca, "personal",
                        "this is not a certificate request", null, null)),
                malformed("CSR DER truncated to half", d -> IssueRequests.json(ca, "personal",
                        IssueRequests.personal(d, okUid).truncatedDer(), null, null)),
                malformed("CSR PEM cut off before its END line", d -> IssueRequests.json(ca, "personal",
                        IssueRequests.personal(d, okUid).truncatedPem(), null, null)),
                policy("CSR signature does not verify", d -> IssueRequests.json(ca, "personal",
                        IssueRequests.personal(d, okUid).withBrokenSignature(), null, null)),
                policy("RSA-1024 key", d -> IssueRequests.json(ca, "organization", OpenSslCsr.generate(d,
                        "rsa:1024", "C=VN", "O=BỘ TÀI CHÍNH", "CN=CỤC THUẾ", "UID=MST:0100231226").pem(), null, null)),
                policy("EC key on unsupported curve secp256k1", d -> IssueRequests.json(ca, "organization",
                        OpenSslCsr.generate(d, "ec:secp256k1", "C=VN", "O=BỘ TÀI CHÍNH", "CN=CỤC THUẾ",
                                "UID=MST:0100231226").pem(), null, null)),
                policy("organization subject with title (T), which the profile does not allow", d ->
                        IssueRequests.json(ca, "organization", OpenSslCsr.generate(d, "ec:P-256", "C=VN",
                                "O=BỘ TÀI CHÍNH", "CN=CỤC THUẾ", "title=Cục trưởng", "UID=MST:0100231226").pem(),
                                null, null)),
                policy("personal subject without UID", d -> IssueRequests.json(ca, "personal",
                        OpenSslCsr.generate(d, "ec:P-256", "C=VN", "CN=Phạm Văn A").pem(), null, null)),
                policy("CCCD of 5 digits", d -> IssueRequests.json(ca, "personal",
                        IssueRequests.personal(d, "CCCD:12345").pem(), null, null)),
                policy("MST with a wrong check digit", d -> IssueRequests.json(ca, "organization",
                        IssueRequests.organization(d, "MST:0100231227").pem(), null, null)),
                policy("validity 1900 days beyond the profile maximum 1826", d -> IssueRequests.json(ca,
                        "organization", IssueRequests.organization(d, "MST:0100231226").pem(), 1900, null)),
                policy("tls-server without a dNSName", d -> IssueRequests.json(ca, "tls-server",
                        IssueRequests.tlsServer(d).pem(), null, null)),
                policy("CA profile root-ca", d -> IssueRequests.json(ca, "root-ca",
                        IssueRequests.organization(d, "MST:0100231226").pem(), null, null)),
                new BadIssueRequest("unknown CA", JSON, d -> IssueRequests.json("CA-KhongTonTai", "organization",
                        IssueRequests.organization(d, "MST:0100231226").pem(), null, null), 404, "NOT_FOUND"),
                new BadIssueRequest("unknown profile", JSON, d -> IssueRequests.json(ca, "khong-ton-tai",
                        IssueRequests.organization(d, "MST:0100231226").pem(), null, null), 404, "NOT_FOUND"),
                malformed("csr missing", d -> IssueRequests.json(ca, "organization", null, null, null)),
                malformed("validityDays negative", d -> IssueRequests.json(ca, "organization",
                        IssueRequests.organization(d, "MST:0100231226").pem(), -5, null)),
                malformed("body is not JSON", d -> "{\"ca\": \"" + ca + "\", this is not JSON"),
                malformed("empty body", d -> ""),
                new BadIssueRequest("body of 1.5 MiB", JSON, d -> IssueRequests.json(ca, "organization",
                        "A".repeat(MIB + MIB / 2), null, null), 413, "TOO_LARGE"),
                new BadIssueRequest("Content-Type text/plain", "text/plain", d -> IssueRequests.json(ca,
                        "organization", IssueRequests.organization(d, "MST:0100231226").pem(), null, null),
                        415, "MALFORMED"));
    }

    private static BadIssueRequest malformed(String name, Function<Path, String> body) {
        return new BadIssueRequest(name, JSON, body, 400, "MALFORMED");
    }

    private static BadIssueRequest policy(String name, Function<Path, String> body) {
        return new BadIssueRequest(name, JSON, body, 422, "POLICY_VIOLATION");
    }

    @Override
    public String toString() {
        return name;
    }
}
