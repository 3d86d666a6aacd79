package vn.govca.db.domain;

/**
 * The personal identity document an individual subscriber is registered with: the 12-digit
 * citizen ID (CCCD), the old 9- or 12-digit ID card (CMND) or a passport. Certificates carry it in
 * UID with the prefixes {@code CCCD:}, {@code CMND:}, {@code HC:}.
 */
public enum IdentityDocumentType {
    CCCD, CMND, PASSPORT
}
