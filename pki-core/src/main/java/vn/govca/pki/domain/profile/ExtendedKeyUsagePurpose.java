package vn.govca.pki.domain.profile;

import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import vn.govca.pki.domain.GovCaException;

/**
 * The extended key usage purposes a profile may grant (RFC 5280 §4.2.1.12; documentSigning from
 * RFC 9336). anyExtendedKeyUsage is deliberately absent: GovCA never issues it.
 */
public enum ExtendedKeyUsagePurpose {
    SERVER_AUTH("serverAuth", KeyPurposeId.id_kp_serverAuth.toOID()),
    CLIENT_AUTH("clientAuth", KeyPurposeId.id_kp_clientAuth.toOID()),
    CODE_SIGNING("codeSigning", KeyPurposeId.id_kp_codeSigning.toOID()),
    EMAIL_PROTECTION("emailProtection", KeyPurposeId.id_kp_emailProtection.toOID()),
    TIME_STAMPING("timeStamping", KeyPurposeId.id_kp_timeStamping.toOID()),
    OCSP_SIGNING("OCSPSigning", KeyPurposeId.id_kp_OCSPSigning.toOID()),
    DOCUMENT_SIGNING("documentSigning", new ASN1ObjectIdentifier("1.3.6.1.5.5.7.3.36"));

    private final String rfcName;
    private final ASN1ObjectIdentifier oid;

    ExtendedKeyUsagePurpose(String rfcName, ASN1ObjectIdentifier oid) {
        this.rfcName = rfcName;
        this.oid = oid;
    }

    public String rfcName() {
        return rfcName;
    }

    public ASN1ObjectIdentifier oid() {
        return oid;
    }

    public KeyPurposeId keyPurposeId() {
        return KeyPurposeId.getInstance(oid);
    }

    /** @throws GovCaException MALFORMED for an unknown name */
    public static ExtendedKeyUsagePurpose byName(String name) {
        return Arrays.stream(values()).filter(p -> p.rfcName.equals(name)).findFirst()
                .orElseThrow(() -> GovCaException.malformed("extended key usage '" + name + "' is unknown"));
    }

    public static Optional<ExtendedKeyUsagePurpose> byOid(ASN1ObjectIdentifier oid) {
        return Arrays.stream(values()).filter(p -> p.oid.equals(oid)).findFirst();
    }

    @Override
    public String toString() {
        return rfcName;
    }
}
