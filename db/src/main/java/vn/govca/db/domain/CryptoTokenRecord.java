package vn.govca.db.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * A crypto token's registration: its name, kind and non-secret settings (library path, slot,
 * key store file) as JSON. PINs are never stored here (DESIGN invariant 3); they come from
 * configuration or a credential store.
 */
@Entity
@Table(name = "crypto_token")
public class CryptoTokenRecord {

    /** TEXT column: 65,535 bytes on MariaDB. */
    static final int MAX_PROPERTIES_BYTES = 65_535;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, updatable = false, length = 64)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, updatable = false, length = 16)
    private CryptoTokenType type;

    @Column(name = "properties", nullable = false)
    private String properties;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CryptoTokenRecord() {
    }

    /**
     * @param name           token name, used in file names and configuration keys
     * @param propertiesJson non-secret settings as a JSON object
     */
    public static CryptoTokenRecord register(String name, CryptoTokenType type, String propertiesJson, Instant at) {
        CryptoTokenRecord token = new CryptoTokenRecord();
        token.name = ColumnValues.safeName("token name", name);
        token.type = Objects.requireNonNull(type, "type");
        token.properties = checkedProperties(propertiesJson);
        token.createdAt = ColumnValues.time("created_at", at);
        return token;
    }

    /** Replaces the non-secret settings, e.g. after moving the token to another HSM slot. */
    public void reconfigure(String propertiesJson) {
        this.properties = checkedProperties(propertiesJson);
    }

    private static String checkedProperties(String json) {
        ColumnValues.text("token properties", json, MAX_PROPERTIES_BYTES);
        int bytes = json.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_PROPERTIES_BYTES) {
            throw new IllegalArgumentException("token properties have " + bytes
                    + " bytes of UTF-8, exceed maximum " + MAX_PROPERTIES_BYTES);
        }
        return json;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public CryptoTokenType type() {
        return type;
    }

    public String propertiesJson() {
        return properties;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
