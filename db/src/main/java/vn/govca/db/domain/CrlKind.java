package vn.govca.db.domain;

/**
 * A complete CRL (RFC 5280 §5) or a delta CRL (§5.2.4), which lists only the changes since the
 * complete CRL it names as its base. Both kinds of one CA draw their numbers from one counter.
 */
public enum CrlKind {
    FULL, DELTA
}
