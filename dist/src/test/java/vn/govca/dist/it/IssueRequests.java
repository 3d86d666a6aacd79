package vn.govca.dist.it;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.file.Path;
import java.util.List;

/**
 * Subscriber requests as a provincial RA files them (DOMAIN: an official of Sơn La, an agency
 * with its tax code, a public-service web server), made by openssl, and the JSON body of
 * {@code POST /api/v1/certificates} (docs/api.md).
 */
public final class IssueRequests {

    /** Subject DN prefix of {@link #personal}, as the server stores it. */
    public static final String PERSONAL_DN_PREFIX =
            "C=VN, ST=Sơn La, O=Sở Thông tin và Truyền thông tỉnh Sơn La, CN=Phạm Văn A";
    public static final String PERSONAL_EMAIL = "phamvana@sonla.gov.vn";
    public static final String TLS_DNS_NAME = "dv.sonla.gov.vn";

    private IssueRequests() {
    }

    /** An official: RSA-2048, CCCD in UID, the official e-mail in E. {@code uid} e.g. CCCD:001099012345. */
    public static OpenSslCsr personal(Path dir, String uid) {
        return OpenSslCsr.generate(dir, "rsa:2048", "C=VN", "ST=Sơn La",
                "O=Sở Thông tin và Truyền thông tỉnh Sơn La", "CN=Phạm Văn A", "UID=" + uid,
                "emailAddress=" + PERSONAL_EMAIL);
    }

    /** An agency (form 02): EC P-256, tax code in UID. {@code uid} e.g. MST:0100231226. */
    public static OpenSslCsr organization(Path dir, String uid) {
        return OpenSslCsr.generate(dir, "ec:P-256", "C=VN", "L=Hà Nội", "O=BỘ TÀI CHÍNH", "CN=CỤC THUẾ",
                "UID=" + uid);
    }

    /** A public-service web server (form 03): RSA-2048; the DNS name goes in the request body. */
    public static OpenSslCsr tlsServer(Path dir) {
        return OpenSslCsr.generate(dir, "rsa:2048", "C=VN", "O=Sở Thông tin và Truyền thông tỉnh Sơn La",
                "CN=" + TLS_DNS_NAME);
    }

    /** The issue body; null members are left out. */
    public static String json(String ca, String profile, String csr, Integer validityDays, List<String> dnsNames) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (ca != null) {
            b.add("ca", ca);
        }
        if (profile != null) {
            b.add("profile", profile);
        }
        if (csr != null) {
            b.add("csr", csr);
        }
        if (validityDays != null) {
            b.add("validityDays", validityDays);
        }
        if (dnsNames != null) {
            b.add("dnsNames", Json.createArrayBuilder(dnsNames));
        }
        return b.build().toString();
    }
}
