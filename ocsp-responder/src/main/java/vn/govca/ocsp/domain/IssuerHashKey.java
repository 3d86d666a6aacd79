package vn.govca.ocsp.domain;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * How a {@code CertID} names its issuer (RFC 6960 §4.1.1): the hash algorithm, the hash of the
 * issuer's DER-encoded subject name and the hash of the issuer's public key (the value of the
 * subjectPublicKey BIT STRING). Equal keys mean the same issuer; the responder precomputes one key
 * per served CA and algorithm so that a look-up is a hash-map probe.
 */
public final class IssuerHashKey {

    private final CertIdHashAlgorithm algorithm;
    private final byte[] nameHash;
    private final byte[] keyHash;
    private final int hash;

    public IssuerHashKey(CertIdHashAlgorithm algorithm, byte[] nameHash, byte[] keyHash) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.nameHash = Objects.requireNonNull(nameHash, "nameHash").clone();
        this.keyHash = Objects.requireNonNull(keyHash, "keyHash").clone();
        this.hash = 31 * (31 * algorithm.hashCode() + Arrays.hashCode(this.nameHash)) + Arrays.hashCode(this.keyHash);
    }

    public CertIdHashAlgorithm algorithm() {
        return algorithm;
    }

    public byte[] nameHash() {
        return nameHash.clone();
    }

    public byte[] keyHash() {
        return keyHash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IssuerHashKey other && hash == other.hash && algorithm == other.algorithm
                && Arrays.equals(nameHash, other.nameHash) && Arrays.equals(keyHash, other.keyHash);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return algorithm.jcaName() + "(name " + HexFormat.of().formatHex(nameHash) + ", key "
                + HexFormat.of().formatHex(keyHash) + ")";
    }
}
