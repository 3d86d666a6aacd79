package vn.govca.pki.domain.key;

import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * The signature algorithms GovCA signs certificates, CRLs and CSRs with, and accepts on CSRs:
 * RSASSA-PKCS1-v1_5 and ECDSA with SHA-256/384/512. SHA-1 and MD5 are refused.
 *
 * <p>The encodings follow RFC 4055 §5 / RFC 3279 §2.2.1 (RSA: parameters NULL) and RFC 5758
 * §3.2 (ECDSA: parameters absent); {@link #of(AlgorithmIdentifier)} accepts only those exact
 * encodings, so a certificate's {@code signature} field is always canonical.
 */
public enum SignatureAlgorithm {
    SHA256_WITH_RSA("SHA256withRSA", PKCSObjectIdentifiers.sha256WithRSAEncryption, true),
    SHA384_WITH_RSA("SHA384withRSA", PKCSObjectIdentifiers.sha384WithRSAEncryption, true),
    SHA512_WITH_RSA("SHA512withRSA", PKCSObjectIdentifiers.sha512WithRSAEncryption, true),
    SHA256_WITH_ECDSA("SHA256withECDSA", X9ObjectIdentifiers.ecdsa_with_SHA256, false),
    SHA384_WITH_ECDSA("SHA384withECDSA", X9ObjectIdentifiers.ecdsa_with_SHA384, false),
    SHA512_WITH_ECDSA("SHA512withECDSA", X9ObjectIdentifiers.ecdsa_with_SHA512, false);

    private final String jcaName;
    private final ASN1ObjectIdentifier oid;
    private final boolean rsa;

    SignatureAlgorithm(String jcaName, ASN1ObjectIdentifier oid, boolean rsa) {
        this.jcaName = jcaName;
        this.oid = oid;
        this.rsa = rsa;
    }

    /** The JCA / Bouncy Castle operator name, e.g. {@code SHA256withRSA}. */
    public String jcaName() {
        return jcaName;
    }

    public boolean isRsa() {
        return rsa;
    }

    /** Whether a key of this spec can produce this signature. */
    public boolean matches(KeySpec key) {
        return rsa == key.isRsa();
    }

    /** The canonical DER AlgorithmIdentifier. */
    public AlgorithmIdentifier algorithmIdentifier() {
        return rsa ? new AlgorithmIdentifier(oid, DERNull.INSTANCE) : new AlgorithmIdentifier(oid);
    }

    /** Finds the algorithm whose canonical encoding equals {@code id}; empty if none. */
    public static Optional<SignatureAlgorithm> of(AlgorithmIdentifier id) {
        return Arrays.stream(values()).filter(a -> a.algorithmIdentifier().equals(id)).findFirst();
    }

    /**
     * Finds the algorithm by OID alone, ignoring how the parameters are encoded (some PKCS#10
     * encoders omit the NULL of RSA); for reading requests, never for writing certificates.
     */
    public static Optional<SignatureAlgorithm> byOid(ASN1ObjectIdentifier oid) {
        return Arrays.stream(values()).filter(a -> a.oid.equals(oid)).findFirst();
    }

    /** Finds the algorithm by its JCA name, case-insensitive; empty if none. */
    public static Optional<SignatureAlgorithm> byJcaName(String name) {
        return Arrays.stream(values()).filter(a -> a.jcaName.equalsIgnoreCase(name)).findFirst();
    }

    /** The default algorithm for a key: SHA-256 for RSA and P-256, SHA-384 for P-384. */
    public static SignatureAlgorithm defaultFor(KeySpec key) {
        if (key.isRsa()) {
            return SHA256_WITH_RSA;
        }
        return key == KeySpec.EC_P384 ? SHA384_WITH_ECDSA : SHA256_WITH_ECDSA;
    }
}
