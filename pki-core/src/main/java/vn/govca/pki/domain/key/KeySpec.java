package vn.govca.pki.domain.key;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import vn.govca.pki.domain.GovCaException;

/**
 * The public-key types GovCA certifies: RSA 2048/3072/4096 and ECDSA over P-256/P-384 (named
 * curves only, RFC 5480 §2.1.1). Profiles list which of them they allow.
 *
 * <p>{@link #of(SubjectPublicKeyInfo)} is the one place that classifies a subject key and refuses
 * weak or unsupported ones (RFC 5280 §4.1.2.7; RSA per RFC 3279 §2.3.1 with the CA/Browser
 * Forum rule of an odd public exponent of at least 65537; EC points must lie on the curve).
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
}
