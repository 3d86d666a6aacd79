package vn.govca.pki.domain.token;

import java.io.IOException;
import java.math.BigInteger;
import java.security.PublicKey;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import vn.govca.pki.domain.GovCaException;

/**
 * The key pairs a crypto token generates for CAs and responders: RSA 2048/3072/4096 and ECDSA on
 * the named curves P-256 and P-384 (RFC 5480 §2.1.1.1). Anything weaker or exotic is refused, so
 * a CA key is always one a relying party can verify.
 *
 * <p>{@link #of(PublicKey)} classifies an existing public key (RFC 5280 §4.1.2.7 subject public
 * key info) and {@link #parse(String)} reads the configuration spelling ({@code RSA-3072},
 * {@code EC-P256}, {@code P-384}).
 */
public enum KeySpec {
    RSA_2048("RSA", 2048, null, "SHA256withRSA"),
    RSA_3072("RSA", 3072, null, "SHA256withRSA"),
    RSA_4096("RSA", 4096, null, "SHA256withRSA"),
    EC_P256("EC", 256, "P-256", "SHA256withECDSA"),
    EC_P384("EC", 384, "P-384", "SHA384withECDSA");

    private static final int MIN_RSA_BITS = 2048;
    private static final BigInteger MIN_RSA_EXPONENT = BigInteger.valueOf(65537);

    private final String algorithm;
    private final int keySize;
    private final String curve;
    private final String defaultSignatureAlgorithm;

    KeySpec(String algorithm, int keySize, String curve, String defaultSignatureAlgorithm) {
        this.algorithm = algorithm;
        this.keySize = keySize;
        this.curve = curve;
        this.defaultSignatureAlgorithm = defaultSignatureAlgorithm;
    }

    /** The JCA key algorithm: {@code "RSA"} or {@code "EC"}. */
    public String algorithm() {
        return algorithm;
    }

    /** RSA modulus length or EC field size, in bits. */
    public int keySize() {
        return keySize;
    }

    /** The NIST curve name ({@code "P-256"}, {@code "P-384"}); empty for RSA. */
    public Optional<String> curve() {
        return Optional.ofNullable(curve);
    }

    public boolean isRsa() {
        return curve == null;
    }

    public boolean isEc() {
        return curve != null;
    }

    /**
     * The JCA / Bouncy Castle signature algorithm used when a caller names none: SHA-256 with
     * RSASSA-PKCS1-v1_5 for RSA (RFC 4055 §5), ECDSA with the hash matching the curve strength
     * (RFC 5758 §3.2): SHA-256 for P-256, SHA-384 for P-384.
     */
    public String defaultSignatureAlgorithm() {
        return defaultSignatureAlgorithm;
    }

    /** The canonical configuration spelling: {@code RSA-3072}, {@code EC-P256}. */
    public String label() {
        return isRsa() ? "RSA-" + keySize : "EC-P" + keySize;
    }

    /** Parameters for a JCA {@code KeyPairGenerator} (RSA with public exponent 65537). */
    public AlgorithmParameterSpec keyGenParameters() {
        return isRsa()
                ? new RSAKeyGenParameterSpec(keySize, RSAKeyGenParameterSpec.F4)
                : new ECGenParameterSpec(this == EC_P256 ? "secp256r1" : "secp384r1");
    }

    /**
     * Reads a key spec as written in configuration or on the command line, case-insensitively and
     * ignoring {@code -}, {@code _} and blanks: {@code RSA-3072}, {@code rsa_2048},
     * {@code EC-P256}, {@code P-384}, {@code secp256r1}, {@code prime256v1}.
     *
     * @throws GovCaException MALFORMED for an unknown spelling, POLICY_VIOLATION for an RSA size
     *     GovCA does not generate (e.g. {@code RSA-1024})
     */
    public static KeySpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw GovCaException.malformed("key spec is empty; expected one of " + labels());
        }
        String t = text.toUpperCase(Locale.ROOT).replaceAll("[-_\\s]", "");
        KeySpec spec = switch (t) {
            case "RSA2048" -> RSA_2048;
            case "RSA3072" -> RSA_3072;
            case "RSA4096" -> RSA_4096;
            case "ECP256", "P256", "SECP256R1", "PRIME256V1" -> EC_P256;
            case "ECP384", "P384", "SECP384R1" -> EC_P384;
            default -> null;
        };
        if (spec != null) {
            return spec;
        }
        if (t.matches("RSA\\d{1,5}")) {
            throw GovCaException.policy("RSA key size " + t.substring(3)
                    + " bits is not supported; expected one of " + labels());
        }
        throw GovCaException.malformed("key spec '" + text + "' is unknown; expected one of " + labels());
    }

    /**
     * Classifies a public key from any provider (JDK, Bouncy Castle, PKCS#11) by its
     * SubjectPublicKeyInfo encoding.
     *
     * @throws GovCaException POLICY_VIOLATION for RSA below 2048 bits or of another size, an
     *     exponent below 65537 or even, EC on another or an explicitly encoded curve, or any
     *     other algorithm; MALFORMED if the key has no usable encoding
     */
    public static KeySpec of(PublicKey key) {
        if (key == null || key.getEncoded() == null) {
            throw GovCaException.malformed("public key is missing or has no X.509 encoding");
        }
        SubjectPublicKeyInfo spki;
        try {
            spki = SubjectPublicKeyInfo.getInstance(key.getEncoded());
        } catch (IllegalArgumentException e) {
            throw GovCaException.malformed("public key encoding is not a SubjectPublicKeyInfo", e);
        }
        ASN1ObjectIdentifier oid = spki.getAlgorithm().getAlgorithm();
        if (PKCSObjectIdentifiers.rsaEncryption.equals(oid)) {
            return ofRsa(spki);
        }
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(oid)) {
            return ofEc(spki.getAlgorithm().getParameters());
        }
        throw GovCaException.policy("public key algorithm " + oid.getId()
                + " is not supported; expected one of " + labels());
    }

    private static KeySpec ofRsa(SubjectPublicKeyInfo spki) {
        RSAPublicKey rsa;
        try {
            rsa = RSAPublicKey.getInstance(spki.parsePublicKey());
        } catch (IOException | IllegalArgumentException e) {
            throw GovCaException.malformed("RSA public key cannot be decoded", e);
        }
        int bits = rsa.getModulus().bitLength();
        if (bits < MIN_RSA_BITS) {
            throw GovCaException.policy("RSA key size " + bits + " bits is below the minimum " + MIN_RSA_BITS);
        }
        BigInteger e = rsa.getPublicExponent();
        if (e.compareTo(MIN_RSA_EXPONENT) < 0 || !e.testBit(0)) {
            throw GovCaException.policy("RSA public exponent " + e + " is not allowed (odd, at least 65537)");
        }
        return Arrays.stream(values()).filter(s -> s.isRsa() && s.keySize == bits).findFirst()
                .orElseThrow(() -> GovCaException.policy("RSA key size " + bits
                        + " bits is not supported; expected one of " + labels()));
    }

    private static KeySpec ofEc(ASN1Encodable parameters) {
        ASN1Encodable p = parameters == null ? null : parameters.toASN1Primitive();
        if (!(p instanceof ASN1ObjectIdentifier curveOid)) {
            throw GovCaException.policy("EC public key must name its curve (RFC 5480 §2.1.1);"
                    + " explicit or implicit curve parameters are not allowed");
        }
        if (SECObjectIdentifiers.secp256r1.equals(curveOid)) {
            return EC_P256;
        }
        if (SECObjectIdentifiers.secp384r1.equals(curveOid)) {
            return EC_P384;
        }
        throw GovCaException.policy("EC curve " + curveOid.getId()
                + " is not supported; expected one of " + labels());
    }

    private static String labels() {
        return Arrays.stream(values()).map(KeySpec::label).collect(Collectors.joining(", "));
    }
}
