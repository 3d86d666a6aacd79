package vn.govca.ocsp.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * The hash algorithms a {@code CertID} may use to name the issuer (RFC 6960 §4.1.1): SHA-1, which
 * RFC 5019 §2.1.1 makes the interoperable default, and the SHA-2 family that newer clients send.
 * The hash only identifies the issuer; its weakness is no forgery risk here, because the serial
 * is compared in clear and the answer is signed.
 */
public enum CertIdHashAlgorithm {
    SHA1(OIWObjectIdentifiers.idSHA1, "SHA-1"),
    SHA256(NISTObjectIdentifiers.id_sha256, "SHA-256"),
    SHA384(NISTObjectIdentifiers.id_sha384, "SHA-384"),
    SHA512(NISTObjectIdentifiers.id_sha512, "SHA-512");

    private final ASN1ObjectIdentifier oid;
    private final String jcaName;

    CertIdHashAlgorithm(ASN1ObjectIdentifier oid, String jcaName) {
        this.oid = oid;
        this.jcaName = jcaName;
    }

    public ASN1ObjectIdentifier oid() {
        return oid;
    }

    public String jcaName() {
        return jcaName;
    }

    /** The identifier as openssl and RFC 6960's examples write it: with NULL parameters. */
    public AlgorithmIdentifier algorithmIdentifier() {
        return new AlgorithmIdentifier(oid, DERNull.INSTANCE);
    }

    /** The hash of {@code data}. */
    public byte[] digest(byte[] data) {
        try {
            return MessageDigest.getInstance(jcaName).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + jcaName, e);
        }
    }

    /** The algorithm with object identifier {@code oid}, if it is one of ours. */
    public static Optional<CertIdHashAlgorithm> byOid(ASN1ObjectIdentifier oid) {
        for (CertIdHashAlgorithm a : values()) {
            if (a.oid.equals(oid)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
