package vn.govca.ca.interfaces.faces.ra;

import java.io.Serializable;
import java.time.LocalDate;
import vn.govca.ca.domain.subscriber.DeviceDetails;
import vn.govca.ca.domain.subscriber.IndividualDetails;
import vn.govca.ca.domain.subscriber.OrganizationDetails;
import vn.govca.ca.domain.subscriber.SubscriberDetails;
import vn.govca.ca.domain.subscriber.Validation;
import vn.govca.db.domain.SubscriberKind;

/**
 * The fields of the new-subscriber form (forms 01–03) as typed; {@link #validate} hands them to the
 * domain's validation, which reports every bad field at once (CCCD 12 digits, e-mail, mobile, tax
 * code check digit, budget code).
 */
public class SubscriberForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String kind = SubscriberKind.INDIVIDUAL.name();
    private Long agencyId;
    private String fullName;
    private String dateOfBirth;
    private String idType = "CCCD";
    private String idNumber;
    private String idIssueDate;
    private String idIssuePlace;
    private String email;
    private String mobile;
    private String position;
    private String name;
    private String address;
    private String taxCode;
    private String budgetCode;
    private String hostNames;

    /** The validated details of the chosen kind, or every field error. */
    Validation<? extends SubscriberDetails> validate(LocalDate today) {
        return switch (SubscriberKind.valueOf(kind)) {
            case INDIVIDUAL -> IndividualDetails.validate(new IndividualDetails.Form(fullName, dateOfBirth, idType,
                    idNumber, idIssueDate, idIssuePlace, email, mobile, position), today);
            case ORGANIZATION -> OrganizationDetails.validate(new OrganizationDetails.Form(name, address, taxCode,
                    budgetCode, email));
            case DEVICE -> DeviceDetails.validate(new DeviceDetails.Form(name, hostNames, email));
        };
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(String dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getIdType() {
        return idType;
    }

    public void setIdType(String idType) {
        this.idType = idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getIdIssueDate() {
        return idIssueDate;
    }

    public void setIdIssueDate(String idIssueDate) {
        this.idIssueDate = idIssueDate;
    }

    public String getIdIssuePlace() {
        return idIssuePlace;
    }

    public void setIdIssuePlace(String idIssuePlace) {
        this.idIssuePlace = idIssuePlace;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getTaxCode() {
        return taxCode;
    }

    public void setTaxCode(String taxCode) {
        this.taxCode = taxCode;
    }

    public String getBudgetCode() {
        return budgetCode;
    }

    public void setBudgetCode(String budgetCode) {
        this.budgetCode = budgetCode;
    }

    public String getHostNames() {
        return hostNames;
    }

    public void setHostNames(String hostNames) {
        this.hostNames = hostNames;
    }
}
