package vn.govca.db.domain;

/**
 * The three subject types of Decree 68/2024 (DOMAIN "Request forms"): an individual (form 01), an
 * agency or organization (form 02), a device, service or software (form 03). Also the type of a
 * certificate issued to such a subscriber ({@code certificate.cert_type}).
 */
public enum SubscriberKind {
    INDIVIDUAL, ORGANIZATION, DEVICE
}
