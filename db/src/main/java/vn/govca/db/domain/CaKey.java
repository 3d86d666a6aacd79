package vn.govca.db.domain;

/**
 * Where a CA's private key lives and how it signs: token name, key alias inside the token,
 * key specification (e.g. {@code RSA4096}, {@code EC-P384}) and signature algorithm (e.g.
 * {@code SHA384withECDSA}). The database holds only these names, never key material.
 */
public record CaKey(String tokenName, String keyAlias, String keySpec, String signatureAlgorithm) {

    public CaKey {
        ColumnValues.safeName("token name", tokenName);
        ColumnValues.text("key alias", keyAlias, 128);
        ColumnValues.text("key spec", keySpec, 16);
        ColumnValues.text("signature algorithm", signatureAlgorithm, 32);
    }
}
