package vn.govca.pki.domain.token;

/**
 * Where a token's keys live: {@link #SOFT} in a password-protected PKCS#12 file (development,
 * tests, low-assurance responders), {@link #PKCS11} in a hardware security module reached
 * through the JDK's SunPKCS11 provider (production CA keys, DESIGN invariant 3).
 */
public enum TokenType {
    SOFT,
    PKCS11
}
