package vn.govca.ca.domain.subscriber;

import vn.govca.pki.domain.identity.BudgetCode;
import vn.govca.pki.domain.identity.TaxCode;
import vn.govca.pki.domain.identity.VnIdentifier;
import vn.govca.pki.domain.name.EmailAddress;

/**
 * An agency or organization subscriber as form 02 describes it: its name, address, tax code
 * (MST, check digit verified by {@link TaxCode}; carried in the subject {@code UID} as
 * {@code MST:}), the 7-digit budget code (mã QHNS) when it uses the state budget, and its
 * official e-mail.
 *
 * @param budgetCode optional: only agencies that use the state budget have one; null otherwise
 */
public record OrganizationDetails(String name, String address, TaxCode taxCode, BudgetCode budgetCode,
        EmailAddress email) implements SubscriberDetails {

    /** The form as typed, every field a string. */
    public record Form(String name, String address, String taxCode, String budgetCode, String email) {
    }

    public OrganizationDetails {
        FieldErrors errors = new FieldErrors();
        name = errors.required("name", name, SubscriberText::name);
        address = errors.required("address", address, SubscriberText::name);
        errors.present("taxCode", taxCode);
        errors.present("email", email);
        errors.throwIfAny();
    }

    /** Validates a typed form against every rule, collecting all field errors. */
    public static Validation<OrganizationDetails> validate(Form form) {
        FieldErrors errors = new FieldErrors();
        String name = errors.required("name", form.name(), SubscriberText::name);
        String address = errors.required("address", form.address(), SubscriberText::name);
        TaxCode taxCode = errors.required("taxCode", form.taxCode(), (f, v) -> new TaxCode(v));
        BudgetCode budgetCode = errors.optional("budgetCode", form.budgetCode(), (f, v) -> new BudgetCode(v));
        EmailAddress email = errors.required("email", form.email(), (f, v) -> new EmailAddress(v));
        if (!errors.isEmpty()) {
            return new Validation<>(null, errors);
        }
        return new Validation<>(new OrganizationDetails(name, address, taxCode, budgetCode, email), errors);
    }

    /** The identifier for the subject UID, e.g. {@code MST:0100109106}. */
    public VnIdentifier identifier() {
        return VnIdentifier.of(taxCode);
    }

    @Override
    public SubscriberKind kind() {
        return SubscriberKind.ORGANIZATION;
    }

    @Override
    public String displayName() {
        return name;
    }
}
