package vn.govca.db.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A subscriber (thuê bao): an individual, an organization or a device, managed by one agency.
 * The agency's province is copied onto the row when the subscriber is created or transferred, so
 * province scopes ({@link RaScope}) filter on an indexed column. One citizen ID is registered at
 * most once per agency (unique key uq_subscriber_agency_identity).
 */
@Entity
@Table(name = "subscriber")
public class SubscriberRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private SubscriberKind kind;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "province_id")
    private Long provinceId;

    @Column(name = "display_name", nullable = false, length = 255)
    private String displayName;

    @Column(name = "name_search", nullable = false, length = 255)
    private String nameSearch;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type", length = 16)
    private IdentityDocumentType idType;

    @Column(name = "id_number", length = 32)
    private String idNumber;

    @Column(name = "id_issue_date")
    private LocalDate idIssueDate;

    @Column(name = "id_issue_place", length = 255)
    private String idIssuePlace;

    @Column(name = "job_title", length = 255)
    private String jobTitle;

    @Column(name = "mobile", length = 20)
    private String mobile;

    @Column(name = "address", length = 512)
    private String address;

    @Column(name = "tax_code", length = 14)
    private String taxCode;

    @Column(name = "budget_code", length = 7)
    private String budgetCode;

    @Column(name = "email", length = 255)
    private String email;

    @Column(name = "host_names", length = DeviceDetails.MAX_HOST_NAMES_LENGTH)
    private String hostNames;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 128)
    private String createdBy;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected SubscriberRecord() {
    }

    /** An individual (form 01) managed by {@code agency} (saved). */
    public static SubscriberRecord individual(AgencyRecord agency, IndividualDetails details, String createdBy,
                                              Instant at) {
        SubscriberRecord s = create(SubscriberKind.INDIVIDUAL, agency, createdBy, at);
        s.applyIndividual(details);
        return s;
    }

    /** An organization (form 02) managed by {@code agency} (saved), e.g. its parent agency. */
    public static SubscriberRecord organization(AgencyRecord agency, OrganizationDetails details, String createdBy,
                                                Instant at) {
        SubscriberRecord s = create(SubscriberKind.ORGANIZATION, agency, createdBy, at);
        s.applyOrganization(details);
        return s;
    }

    /** A device, service or software (form 03) that {@code agency} (saved) is responsible for. */
    public static SubscriberRecord device(AgencyRecord agency, DeviceDetails details, String createdBy, Instant at) {
        SubscriberRecord s = create(SubscriberKind.DEVICE, agency, createdBy, at);
        s.applyDevice(details);
        return s;
    }

    private static SubscriberRecord create(SubscriberKind kind, AgencyRecord agency, String createdBy, Instant at) {
        SubscriberRecord s = new SubscriberRecord();
        s.kind = kind;
        s.placeUnder(agency);
        s.createdBy = ColumnValues.text("created_by", createdBy, 128);
        s.createdAt = ColumnValues.time("created_at", at);
        s.updatedAt = s.createdAt;
        return s;
    }

    public void updateIndividual(IndividualDetails details, Instant at) {
        requireKind(SubscriberKind.INDIVIDUAL);
        applyIndividual(details);
        touch(at);
    }

    public void updateOrganization(OrganizationDetails details, Instant at) {
        requireKind(SubscriberKind.ORGANIZATION);
        applyOrganization(details);
        touch(at);
    }

    public void updateDevice(DeviceDetails details, Instant at) {
        requireKind(SubscriberKind.DEVICE);
        applyDevice(details);
        touch(at);
    }

    /** The subscriber changed employer (Decree 68 Art. 15): another agency, possibly another province. */
    public void transferTo(AgencyRecord agency, Instant at) {
        placeUnder(agency);
        touch(at);
    }

    private void placeUnder(AgencyRecord agency) {
        Objects.requireNonNull(agency, "agency");
        if (agency.id() == null) {
            throw new IllegalArgumentException("agency " + agency.name() + " has not been saved");
        }
        this.agencyId = agency.id();
        this.provinceId = agency.provinceId();
    }

    private void applyIndividual(IndividualDetails d) {
        Objects.requireNonNull(d, "details");
        setName(d.fullName());
        dateOfBirth = d.dateOfBirth();
        idType = d.idType();
        idNumber = d.idNumber();
        idIssueDate = d.idIssueDate();
        idIssuePlace = d.idIssuePlace();
        jobTitle = d.jobTitle();
        mobile = d.mobile();
        email = d.email();
    }

    private void applyOrganization(OrganizationDetails d) {
        Objects.requireNonNull(d, "details");
        setName(d.name());
        address = d.address();
        taxCode = d.taxCode();
        budgetCode = d.budgetCode();
        email = d.email();
    }

    private void applyDevice(DeviceDetails d) {
        Objects.requireNonNull(d, "details");
        setName(d.name());
        hostNames = d.joinedHostNames();
        email = d.email();
    }

    private void setName(String name) {
        displayName = name;
        nameSearch = ColumnValues.truncated(SearchText.fold(name), 255);
    }

    private void touch(Instant at) {
        updatedAt = ColumnValues.time("updated_at", at);
    }

    private void requireKind(SubscriberKind expected) {
        if (kind != expected) {
            throw new RecordStateException("subscriber " + id + " is " + kind + ", not " + expected);
        }
    }

    public Long id() {
        return id;
    }

    public SubscriberKind kind() {
        return kind;
    }

    public long agencyId() {
        return agencyId;
    }

    /** The managing agency's province; null under a central body. */
    public Long provinceId() {
        return provinceId;
    }

    /** Full name, organization name or device name. */
    public String displayName() {
        return displayName;
    }

    /** Form 01 fields; only for an INDIVIDUAL. */
    public IndividualDetails individualDetails() {
        requireKind(SubscriberKind.INDIVIDUAL);
        return new IndividualDetails(displayName, dateOfBirth, idType, idNumber, idIssueDate, idIssuePlace, jobTitle,
                mobile, email);
    }

    /** Form 02 fields; only for an ORGANIZATION. */
    public OrganizationDetails organizationDetails() {
        requireKind(SubscriberKind.ORGANIZATION);
        return new OrganizationDetails(displayName, address, taxCode, budgetCode, email);
    }

    /** Form 03 fields; only for a DEVICE. */
    public DeviceDetails deviceDetails() {
        requireKind(SubscriberKind.DEVICE);
        return new DeviceDetails(displayName, DeviceDetails.splitHostNames(hostNames), email);
    }

    public IdentityDocumentType idType() {
        return idType;
    }

    public String idNumber() {
        return idNumber;
    }

    public String taxCode() {
        return taxCode;
    }

    public String email() {
        return email;
    }

    public List<String> hostNames() {
        return DeviceDetails.splitHostNames(hostNames);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public int version() {
        return version;
    }
}
