package vn.govca.ca.application.ra.csvimport;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.govca.ca.domain.subscriber.FoldedText;
import vn.govca.ca.domain.subscriber.SubscriberKind;

/**
 * A column of the bulk-import file: its Vietnamese header (what the template writes), the
 * English and unaccented aliases also accepted, the details field it fills, and the kinds of
 * subscriber it applies to. Headers match after {@link FoldedText#fold folding}, so
 * {@code Họ tên}, {@code HO_TEN} and {@code full name} all name {@link #FULL_NAME}.
 */
public enum ImportColumn {
    KIND("loai_thue_bao", null, Applies.ALL, true, "loai", "kind", "subscriber_kind", "subscriber_type", "type"),
    AGENCY("ma_co_quan", null, Applies.ALL, true, "co_quan", "agency", "agency_id", "agency_code"),
    PROFILE("mau_chung_thu", null, Applies.ALL, true, "profile", "certificate_profile"),
    RECIPIENT("nguoi_nhan", null, Applies.ALL, true, "nguoi_nhan_thiet_bi", "recipient", "token_recipient"),
    EMAIL("email", "email", Applies.ALL, true, "thu_dien_tu", "e_mail", "mail"),
    FULL_NAME("ho_ten", "fullName", Applies.INDIVIDUAL, true, "ho_va_ten", "full_name", "name_of_person"),
    DATE_OF_BIRTH("ngay_sinh", "dateOfBirth", Applies.INDIVIDUAL, true, "date_of_birth", "birth_date", "dob"),
    ID_TYPE("loai_giay_to", "idType", Applies.INDIVIDUAL, true, "id_type", "document_type"),
    ID_NUMBER("so_giay_to", "idNumber", Applies.INDIVIDUAL, true, "so_cccd", "id_number", "document_number"),
    ID_ISSUE_DATE("ngay_cap", "idIssueDate", Applies.INDIVIDUAL, true, "id_issue_date", "issue_date"),
    ID_ISSUE_PLACE("noi_cap", "idIssuePlace", Applies.INDIVIDUAL, true, "id_issue_place", "issue_place"),
    MOBILE("dien_thoai", "mobile", Applies.INDIVIDUAL, true, "so_dien_thoai", "di_dong", "mobile", "phone"),
    POSITION("chuc_vu", "position", Applies.INDIVIDUAL, false, "position", "job_title", "title"),
    ORGANIZATION_NAME("ten_to_chuc", "name", Applies.ORGANIZATION, true, "ten_co_quan", "organization_name",
            "organisation_name"),
    ADDRESS("dia_chi", "address", Applies.ORGANIZATION, true, "address"),
    TAX_CODE("ma_so_thue", "taxCode", Applies.ORGANIZATION, true, "mst", "tax_code"),
    BUDGET_CODE("ma_qhns", "budgetCode", Applies.ORGANIZATION, false, "qhns", "budget_code"),
    DEVICE_NAME("ten_thiet_bi", "name", Applies.DEVICE, true, "device_name", "service_name"),
    HOST_NAMES("ten_mien", "hostNames", Applies.DEVICE, true, "host_names", "hostnames", "dns_names", "domains");

    /** Which kinds of subscriber a column applies to. */
    private enum Applies {
        ALL(EnumSet.allOf(SubscriberKind.class)),
        INDIVIDUAL(EnumSet.of(SubscriberKind.INDIVIDUAL)),
        ORGANIZATION(EnumSet.of(SubscriberKind.ORGANIZATION)),
        DEVICE(EnumSet.of(SubscriberKind.DEVICE));

        private final Set<SubscriberKind> kinds;

        Applies(Set<SubscriberKind> kinds) {
            this.kinds = kinds;
        }
    }

    private final String header;
    private final String field;
    private final Applies applies;
    private final boolean requiredForKind;
    private final List<String> aliases;

    ImportColumn(String header, String field, Applies applies, boolean requiredForKind, String... aliases) {
        this.header = header;
        this.field = field;
        this.applies = applies;
        this.requiredForKind = requiredForKind;
        this.aliases = List.of(aliases);
    }

    /** The Vietnamese header the template writes and reports use, e.g. {@code ho_ten}. */
    public String header() {
        return header;
    }

    /** The details field this column fills (e.g. {@code fullName}), or null for the common columns. */
    String field() {
        return field;
    }

    /** Whether the column means something on a row of {@code kind}. */
    public boolean appliesTo(SubscriberKind kind) {
        return applies.kinds.contains(kind);
    }

    /** Whether the file must have this column whatever kinds of rows it holds. */
    public boolean alwaysRequired() {
        return applies == Applies.ALL;
    }

    /** Whether a row of {@code kind} must fill this column (the header must then have it). */
    public boolean requiredFor(SubscriberKind kind) {
        return requiredForKind && appliesTo(kind);
    }

    /** Whether a header, folded, names this column. */
    boolean matches(String foldedHeader) {
        return header.equals(foldedHeader) || aliases.contains(foldedHeader);
    }
}
