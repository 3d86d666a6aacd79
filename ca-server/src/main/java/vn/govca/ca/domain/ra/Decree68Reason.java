package vn.govca.ca.domain.ra;

import java.util.Locale;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.RevocationReason;

/**
 * The revocation cases of Decree 68/2024/NĐ-CP Art. 17 as a subscriber manager names them, each
 * mapped to the RFC 5280 §5.3.1 CRLReason that relying parties see (mapping from DOMAIN.md).
 */
public enum Decree68Reason {
    /** Lộ khóa bí mật. */
    KEY_EXPOSED(RevocationReason.KEY_COMPROMISE),
    /** Mất hoặc hỏng thiết bị lưu khóa. */
    TOKEN_LOST_OR_DAMAGED(RevocationReason.KEY_COMPROMISE),
    /** Thay đổi công tác. */
    JOB_CHANGE(RevocationReason.AFFILIATION_CHANGED),
    /** Thông tin trong chứng thư không còn đúng. */
    INFORMATION_NO_LONGER_CORRECT(RevocationReason.AFFILIATION_CHANGED),
    /** Được thay thế bằng chứng thư mới. */
    REPLACED(RevocationReason.SUPERSEDED),
    /** Nghỉ hưu. */
    RETIREMENT(RevocationReason.CESSATION_OF_OPERATION),
    /** Thôi việc. */
    RESIGNATION(RevocationReason.CESSATION_OF_OPERATION),
    /** Từ trần. */
    DEATH(RevocationReason.CESSATION_OF_OPERATION),
    /** Tổ chức giải thể. */
    ORGANIZATION_DISSOLVED(RevocationReason.CESSATION_OF_OPERATION),
    /** Tổ chức sáp nhập. */
    ORGANIZATION_MERGED(RevocationReason.CESSATION_OF_OPERATION),
    /** Thiết bị ngừng sử dụng. */
    DEVICE_RETIRED(RevocationReason.CESSATION_OF_OPERATION),
    /** Yêu cầu của cơ quan quản lý trực tiếp. */
    MANAGING_AGENCY_REQUEST(RevocationReason.PRIVILEGE_WITHDRAWN),
    /** Yêu cầu của cơ quan tiến hành tố tụng, công an. */
    AUTHORITY_REQUEST(RevocationReason.PRIVILEGE_WITHDRAWN),
    /** Lý do khác. */
    OTHER(RevocationReason.UNSPECIFIED);

    private final RevocationReason rfcReason;

    Decree68Reason(RevocationReason rfcReason) {
        this.rfcReason = rfcReason;
    }

    /** The CRLReason written to the CRL and OCSP. */
    public RevocationReason rfcReason() {
        return rfcReason;
    }

    /** Parses a name such as {@code JOB_CHANGE} or {@code job-change}; MALFORMED otherwise. */
    public static Decree68Reason parse(String text) {
        if (text == null || text.isBlank()) {
            throw GovCaException.malformed("revocation reason is required; one of "
                    + java.util.Arrays.toString(values()));
        }
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Decree68Reason r : values()) {
            if (r.name().equals(key)) {
                return r;
            }
        }
        throw GovCaException.malformed("unknown revocation reason \"" + text + "\"; one of "
                + java.util.Arrays.toString(values()));
    }
}
