package vn.govca.ca.domain.subscriber;

import java.util.Arrays;
import java.util.List;
import vn.govca.pki.domain.GovCaException;

/**
 * The three subject types of Decree 68/2024/NĐ-CP: an individual (form 01), an agency or
 * organization (form 02), a device, service or software (form 03). Each has its own request
 * form, its own details record and its own certificate profiles.
 */
public enum SubscriberKind {
    /** Cá nhân: an official who signs documents. */
    INDIVIDUAL("cá nhân", "ca_nhan", "individual", "person", "personal"),
    /** Cơ quan, tổ chức: signs as the agency itself. */
    ORGANIZATION("tổ chức", "to_chuc", "co_quan", "co_quan_to_chuc", "organization", "organisation", "agency"),
    /** Thiết bị, dịch vụ, phần mềm: a server or a signing service. */
    DEVICE("thiết bị", "thiet_bi", "dich_vu", "phan_mem", "device", "service", "software");

    private final String vietnamese;
    private final List<String> labels;

    SubscriberKind(String vietnamese, String... labels) {
        this.vietnamese = vietnamese;
        this.labels = List.of(labels);
    }

    /** The Vietnamese name as shown to users, e.g. {@code cá nhân}. */
    public String vietnamese() {
        return vietnamese;
    }

    /**
     * Reads a kind as people write it: Vietnamese with or without accents ({@code Cá nhân},
     * {@code ca_nhan}), English ({@code individual}) or the constant name, in any case.
     *
     * @throws GovCaException MALFORMED listing the accepted values
     */
    public static SubscriberKind fromLabel(String label) {
        String key = FoldedText.fold(label == null ? "" : label);
        return Arrays.stream(values())
                .filter(k -> k.labels.contains(key))
                .findFirst()
                .orElseThrow(() -> GovCaException.malformed("subscriber kind " + SubscriberText.quote(label)
                        + " must be one of: cá nhân (individual), tổ chức (organization), thiết bị (device)"));
    }
}
