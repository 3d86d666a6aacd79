package vn.govca.ca.domain.subscriber;

import vn.govca.pki.domain.name.EmailAddress;

/**
 * What a new-issuance request says about its subject, one validated record per
 * {@link SubscriberKind}: every field already checked, names in NFC. The certificate subject
 * (RFC 5280 §4.1.2.6) and SANs are built from it by the profile.
 */
public sealed interface SubscriberDetails permits IndividualDetails, OrganizationDetails, DeviceDetails {

    SubscriberKind kind();

    /** The name shown in lists and used as the certificate's common name. */
    String displayName();

    /** The official e-mail address (thư điện tử công vụ). */
    EmailAddress email();
}
