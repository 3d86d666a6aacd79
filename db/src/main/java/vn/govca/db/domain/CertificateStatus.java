package vn.govca.db.domain;

/**
 * Lifecycle of a certificate row. RESERVED exists before signing (DESIGN invariant 1: store
 * before sign); FAILED marks a reservation whose signing did not complete, so its serial is
 * never reused.
 */
public enum CertificateStatus {
    RESERVED, ACTIVE, REVOKED, ON_HOLD, FAILED
}
