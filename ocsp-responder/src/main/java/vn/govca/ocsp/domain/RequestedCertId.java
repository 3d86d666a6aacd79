package vn.govca.ocsp.domain;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Null;
import org.bouncycastle.asn1.ocsp.CertID;
import org.bouncycastle.cert.ocsp.CertificateID;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.SerialNumber;

/**
 * One {@code CertID} of a request (RFC 6960 §4.1.1): the issuer named by the hashes of its name
 * and key, and the serial number. The response must echo the CertID exactly as the client sent it
 * (clients compare it byte for byte, including whether the hash algorithm has NULL parameters),
 * so the original is kept in {@link #certificateId()}.
 */
public final class RequestedCertId {

    private final CertificateID certificateId;
    private final CertIdHashAlgorithm hashAlgorithm;
    private final boolean hashParametersAbsent;
    private final byte[] issuerNameHash;
    private final byte[] issuerKeyHash;
    private final IssuerHashKey issuerKey;
    private final BigInteger serial;

    private RequestedCertId(CertificateID certificateId) {
        this.certificateId = certificateId;
        CertID asn1 = certificateId.toASN1Primitive();
        this.hashAlgorithm = CertIdHashAlgorithm.byOid(asn1.getHashAlgorithm().getAlgorithm()).orElse(null);
        var params = asn1.getHashAlgorithm().getParameters();
        this.hashParametersAbsent = params == null;
        if (params != null && !(params instanceof ASN1Null)) {
            throw GovCaException.malformed("CertID hash algorithm " + asn1.getHashAlgorithm().getAlgorithm()
                    + " has parameters other than NULL (RFC 6960 section 4.1.1)");
        }
        this.issuerNameHash = asn1.getIssuerNameHash().getOctets();
        this.issuerKeyHash = asn1.getIssuerKeyHash().getOctets();
        this.issuerKey = hashAlgorithm == null ? null
                : new IssuerHashKey(hashAlgorithm, issuerNameHash, issuerKeyHash);
        this.serial = asn1.getSerialNumber().getValue();
    }

    /**
     * Wraps a CertID read from a request.
     *
     * @throws GovCaException MALFORMED if the hash algorithm has non-NULL parameters
     */
    public static RequestedCertId of(CertificateID certificateId) {
        return new RequestedCertId(Objects.requireNonNull(certificateId, "certificateId"));
    }

    /** The CertID as the client sent it, to echo in the SingleResponse. */
    public CertificateID certificateId() {
        return certificateId;
    }

    /** The hash algorithm, empty if it is none this responder supports (then no issuer matches). */
    public Optional<CertIdHashAlgorithm> hashAlgorithm() {
        return Optional.ofNullable(hashAlgorithm);
    }

    /** Whether the client omitted the NULL parameters of the hash algorithm (both forms occur). */
    public boolean hashParametersAbsent() {
        return hashParametersAbsent;
    }

    public byte[] issuerNameHash() {
        return issuerNameHash.clone();
    }

    public byte[] issuerKeyHash() {
        return issuerKeyHash.clone();
    }

    /** The issuer as this CertID names it; empty if the hash algorithm is unsupported. */
    public Optional<IssuerHashKey> issuerKey() {
        return Optional.ofNullable(issuerKey);
    }

    /** The serial as sent, which may be zero, negative or too long to be a real serial. */
    public BigInteger serial() {
        return serial;
    }

    /**
     * The serial as a {@link SerialNumber}, empty if the integer cannot be one (not positive or
     * longer than 20 octets, RFC 5280 §4.1.2.2): the CA never issued such a serial.
     */
    public Optional<SerialNumber> serialNumber() {
        if (serial.signum() <= 0 || serial.bitLength() > SerialNumber.MAX_OCTETS * 8 - 1) {
            return Optional.empty();
        }
        return Optional.of(new SerialNumber(serial));
    }

    @Override
    public String toString() {
        return "CertID[" + (hashAlgorithm == null ? "unsupported hash" : hashAlgorithm.jcaName()) + ", serial "
                + serial.toString(16) + "]";
    }
}
