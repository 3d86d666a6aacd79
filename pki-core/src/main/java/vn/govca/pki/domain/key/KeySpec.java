package vn.govca.pki.domain.key;

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
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.SECNamedCurves;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import vn.govca.pki.domain.GovCaException;

/**
 * The public-key types GovCA certifies and its crypto tokens generate: RSA 2048/3072/4096 and
 * ECDSA over P-256/P-384 (named curves only, RFC 5480 §2.1.1). Profiles list which of them they
 * allow; anything weaker or exotic is refused, so a CA key is always one a relying party can verify.
 *
 * <p>{@link #of(SubjectPublicKeyInfo)} is the one place that classifies a key and refuses weak or
 * unsupported ones (RFC 5280 §4.1.2.7; RSA per RFC 3279 §2.3.1 with the CA/Browser Forum rule of
 * an odd public exponent of at least 65537; EC points must lie on the curve);
 * {@link #of(PublicKey)} applies the same rule to a JCA key. {@link #byName(String)} reads the
 * exact spelling of profile files, {@link #parse(String)} the lenient one of configuration and the
 * command line. The default signature algorithm of a spec is
 * {@link SignatureAlgorithm#defaultFor(KeySpec)}.
 */
public enum KeySpec {
    RSA_2048("RSA-2048", 2048, null),
    RSA_3072("RSA-3072", 3072, null),
    RSA_4096("RSA-4096", 4096, null),
    EC_P256("EC-P256", 256, SECObjectIdentifiers.secp256r1),
    EC_P384("EC-P384", 384, SECObjectIdentifiers.secp384r1);

    private static final BigInteger MIN_EXPONENT = BigInteger.valueOf(65537);
    private static final int MAX_EXPONENT_BITS = 256;

    private final String externalName;
    private final int bits;
    private final ASN1ObjectIdentifier curve;

    KeySpec(String externalName, int bits, ASN1ObjectIdentifier curve) {
        this.externalName = externalName;
        this.bits = bits;
        this.curve = curve;
    }

    /** The name used in profile files and messages, e.g. {@code RSA-2048}, {@code EC-P256}. */
    public String externalName() {
        return externalName;
    }

    /** RSA modulus length or EC field size in bits. */
    public int bits() {
        return bits;
    }

    public boolean isRsa() {
        return curve == null;
    }

    public boolean isEc() {
        return curve != null;
    }

    /** The named curve OID for an EC spec, empty for RSA. */
    public Optional<ASN1ObjectIdentifier> curve() {
        return Optional.ofNullable(curve);
    }

    /** The JCA key algorithm: {@code "RSA"} or {@code "EC"}. */
    public String algorithm() {
        return isRsa() ? "RSA" : "EC";
    }

    /**
     * Parameters for a JCA {@code KeyPairGenerator}: the modulus size with public exponent 65537
     * for RSA, the SEC curve name ({@code secp256r1}, {@code secp384r1}) for EC.
     */
    public AlgorithmParameterSpec keyGenParameters() {
        return isRsa()
                ? new RSAKeyGenParameterSpec(bits, RSAKeyGenParameterSpec.F4)
                : new ECGenParameterSpec(SECNamedCurves.getName(curve));
    }

    /**
     * Looks a spec up by its external name ({@code RSA-2048} …).
     *
     * @throws GovCaException MALFORMED for an unknown name
     */
    public static KeySpec byName(String name) {
        return Arrays.stream(values()).filter(s -> s.externalName.equals(name)).findFirst()
                .orElseThrow(() -> GovCaException.malformed("key spec '" + name
                        + "' is unknown (expected one of RSA-2048, RSA-3072, RSA-4096, EC-P256, EC-P384)"));
    }

    /**
     * Reads a key spec as written in configuration or on the command line, case-insensitively and
     * ignoring {@code -}, {@code _} and blanks: {@code RSA-3072}, {@code rsa_2048},
     * {@code EC-P256}, {@code P-384}, {@code secp256r1}, {@code prime256v1}.
     *
     * @throws GovCaException MALFORMED for an unknown spelling, POLICY_VIOLATION for an RSA size
     *     GovCA does not support (e.g. {@code RSA-1024})
     */
    public static KeySpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw GovCaException.malformed("key spec is empty; expected one of " + names());
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
                    + " bits is not supported; expected one of " + names());
        }
        throw GovCaException.malformed("key spec '" + text + "' is unknown; expected one of " + names());
    }

    /**
     * Classifies a public key from any provider (JDK, Bouncy Castle, PKCS#11) by its X.509
     * SubjectPublicKeyInfo encoding, with the rule of {@link #of(SubjectPublicKeyInfo)}.
     *
     * @throws GovCaException MALFORMED if the key is missing or has no usable encoding; otherwise
     *     as {@link #of(SubjectPublicKeyInfo)}
     */
    public static KeySpec of(PublicKey key) {
        byte[] encoded = key == null ? null : key.getEncoded();
        if (encoded == null) {
            throw GovCaException.malformed("public key is missing or has no X.509 encoding");
        }
        SubjectPublicKeyInfo spki;
        try {
            spki = SubjectPublicKeyInfo.getInstance(encoded);
        } catch (IllegalArgumentException e) {
            throw GovCaException.malformed("public key encoding is not a SubjectPublicKeyInfo", e);
        }
        return of(spki);
    }

    /**
     * Classifies a subject public key.
     *
     * @throws GovCaException MALFORMED if the key cannot be decoded; POLICY_VIOLATION if it is
     *     weak or of an unsupported type, size or curve
     */
    public static KeySpec of(SubjectPublicKeyInfo spki) {
        AlgorithmIdentifier alg = spki.getAlgorithm();
        ASN1ObjectIdentifier oid = alg.getAlgorithm();
        if (PKCSObjectIdentifiers.rsaEncryption.equals(oid)) {
            return rsa(spki);
        }
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(oid)) {
            return ec(spki);
        }
        throw GovCaException.policy("public key algorithm " + oid.getId()
                + " is not supported (supported: RSA, ECDSA P-256/P-384)");
    }

    private static KeySpec rsa(SubjectPublicKeyInfo spki) {
        RSAPublicKey key;
        try {
            key = RSAPublicKey.getInstance(spki.parsePublicKey());
        } catch (IOException | IllegalArgumentException e) {
            throw GovCaException.malformed("RSA public key cannot be decoded", e);
        }
        BigInteger n = key.getModulus();
        BigInteger e = key.getPublicExponent();
        if (n.signum() <= 0 || !n.testBit(0)) {
            throw GovCaException.policy("RSA modulus must be positive and odd");
        }
        if (e.compareTo(MIN_EXPONENT) < 0 || !e.testBit(0) || e.bitLength() > MAX_EXPONENT_BITS) {
            throw GovCaException.policy("RSA public exponent " + e + " is not allowed"
                    + " (must be odd, at least 65537 and at most 256 bits)");
        }
        int size = n.bitLength();
        if (size < 2048) {
            throw GovCaException.policy("RSA key size " + size + " bits is below the minimum 2048");
        }
        return Arrays.stream(values()).filter(s -> s.isRsa() && s.bits == size).findFirst()
                .orElseThrow(() -> GovCaException.policy("RSA key size " + size
                        + " bits is not supported (supported: 2048, 3072, 4096)"));
    }

    private static KeySpec ec(SubjectPublicKeyInfo spki) {
        ASN1Primitive params = spki.getAlgorithm().getParameters() == null
                ? null : spki.getAlgorithm().getParameters().toASN1Primitive();
        if (!(params instanceof ASN1ObjectIdentifier curveOid)) {
            throw GovCaException.policy("EC public key must use a named curve (RFC 5480 §2.1.1);"
                    + " explicit or implicit parameters are not allowed");
        }
        KeySpec spec = Arrays.stream(values()).filter(s -> curveOid.equals(s.curve)).findFirst()
                .orElseThrow(() -> GovCaException.policy("EC curve " + curveOid.getId()
                        + " is not supported (supported: P-256, P-384)"));
        X9ECParameters x9 = ECNamedCurveTable.getByOID(curveOid);
        try {
            var point = x9.getCurve().decodePoint(spki.getPublicKeyData().getOctets());
            if (point.isInfinity() || !point.isValid()) {
                throw GovCaException.policy("EC public key point is not a valid point on " + spec.externalName);
            }
        } catch (IllegalArgumentException e) {
            throw GovCaException.malformed("EC public key point cannot be decoded", e);
        }
        return spec;
    }

    private static String names() {
        return Arrays.stream(values()).map(KeySpec::externalName).collect(Collectors.joining(", "));
    }
}
