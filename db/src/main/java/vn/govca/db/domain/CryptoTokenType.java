package vn.govca.db.domain;

/** Kind of crypto token: a software key store under var/, or a PKCS#11 HSM slot. */
public enum CryptoTokenType {
    SOFT, PKCS11
}
