package vn.govca.ca.application.ca;

/**
 * What an administrator asks for when creating a CA.
 *
 * @param name URL-safe CA name (appears in /ca/{name}.crt and CRL URLs)
 * @param type ROOT (self-signed), SUBORDINATE (signed by {@code parent} in this system) or
 *        EXTERNAL (a CSR is exported for an external CA; the certificate is imported later)
 * @param token the configured crypto token that will hold the CA key
 * @param keySpec e.g. RSA-4096, RSA-3072, EC-P384
 * @param subject the CA's distinguished name, e.g. {@code C=VN, O=Ban Cơ yếu Chính phủ, CN=...}
 * @param validityDays requested validity (CA certificates: at most 20 years, Decree 68 Art. 9)
 * @param parent the issuing CA's name for SUBORDINATE
 */
public record CreateCaCommand(String name, Type type, String token, String keySpec, String subject,
                              Integer validityDays, String parent) {

    public enum Type { ROOT, SUBORDINATE, EXTERNAL }
}
