package vn.govca.db.domain;

/**
 * Lifecycle of a {@link CrlRecord}: RESERVED once its CRL number is drawn (before the CA key
 * signs), then PUBLISHED when the signed CRL is in place or FAILED; the number of a FAILED
 * record is never used again (DESIGN invariant 4).
 */
public enum CrlState {
    RESERVED, PUBLISHED, FAILED
}
