package vn.govca.db.domain;

/** Lifecycle of a CA. */
public enum CertificateAuthorityStatus {
    /** Key generated; its certificate is awaited (CSR exported to an external or parent CA). */
    AWAITING_CERTIFICATE,
    /** Has its certificate and issues. */
    ACTIVE,
    /** Stopped by an operator; may be enabled again. */
    DISABLED,
    /** Its own certificate is revoked; final. */
    REVOKED
}
