package vn.govca.dist.it;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1PrintableString;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.PolicyInformation;

/**
 * What a relying party reads from a certificate, decoded with the JDK and Bouncy Castle's ASN.1
 * layer (not with GovCA's own classes): subject attributes with their ASN.1 string types
 * (RFC 5280 §4.1.2.4: C PrintableString, emailAddress IA5String, the rest UTF8String), key usage
 * (§4.2.1.3), extended key usage (§4.2.1.12), policies (§4.2.1.4), CRL distribution points
 * (§4.2.1.13), authority information access (§4.2.2.1) and subjectAltName (§4.2.1.6).
 */
public record CertificateFacts(X509Certificate certificate) {

    private static final String[] KEY_USAGE = {"digitalSignature", "nonRepudiation", "keyEncipherment",
        "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};

    /** One subject attribute: short name (C, O, CN, UID, E…), ASN.1 string type and value. */
    public record Attribute(String name, String asn1Type, String value) {
    }

    /** Parses a PEM or DER certificate with the JDK's X.509 factory. */
    public static CertificateFacts parse(byte[] pemOrDer) {
        try {
            return new CertificateFacts((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pemOrDer)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError("not an X.509 certificate", e);
        }
    }

    public static CertificateFacts parse(String pem) {
        return parse(pem.getBytes(StandardCharsets.US_ASCII));
    }

    public byte[] der() {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** Subject attributes in DER order. */
    public List<Attribute> subject() {
        List<Attribute> out = new ArrayList<>();
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        for (RDN rdn : name.getRDNs()) {
            for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
                ASN1Primitive v = atv.getValue().toASN1Primitive();
                String type = v instanceof ASN1PrintableString ? "PrintableString"
                        : v instanceof ASN1UTF8String ? "UTF8String"
                        : v instanceof ASN1IA5String ? "IA5String" : v.getClass().getSimpleName();
                out.add(new Attribute(BCStyle.INSTANCE.oidToDisplayName(atv.getType()), type,
                        v instanceof ASN1String s ? s.getString() : v.toString()));
            }
        }
        return out;
    }

    /** Whether the extension is present and marked critical. */
    public boolean critical(String oid) {
        Set<String> c = certificate.getCriticalExtensionOIDs();
        return c != null && c.contains(oid);
    }

    /** The names of the key usage bits that are set (RFC 5280 §4.2.1.3 names). */
    public Set<String> keyUsage() {
        boolean[] bits = certificate.getKeyUsage();
        Set<String> out = new TreeSet<>();
        for (int i = 0; bits != null && i < bits.length && i < KEY_USAGE.length; i++) {
            if (bits[i]) {
                out.add(KEY_USAGE[i]);
            }
        }
        return out;
    }

    /** Extended key usage OIDs, empty when the extension is absent. */
    public List<String> extendedKeyUsage() {
        try {
            List<String> eku = certificate.getExtendedKeyUsage();
            return eku == null ? List.of() : eku;
        } catch (GeneralSecurityException e) {
            throw new AssertionError("extendedKeyUsage does not decode", e);
        }
    }

    /** Certificate policy OIDs. */
    public List<String> policies() {
        ASN1Encodable v = extension(Extension.certificatePolicies);
        return v == null ? List.of() : Arrays.stream(CertificatePolicies.getInstance(v).getPolicyInformation())
                .map(PolicyInformation::getPolicyIdentifier).map(Object::toString).toList();
    }

    /** URIs of the CRL distribution points. */
    public List<String> crlDistributionPoints() {
        return distributionPoints(Extension.cRLDistributionPoints);
    }

    /** URIs of the Freshest CRL extension (delta CRLs, RFC 5280 §4.2.1.15). */
    public List<String> freshestCrl() {
        return distributionPoints(Extension.freshestCRL);
    }

    private List<String> distributionPoints(org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
        ASN1Encodable v = extension(oid);
        List<String> out = new ArrayList<>();
        if (v != null) {
            for (DistributionPoint dp : CRLDistPoint.getInstance(v).getDistributionPoints()) {
                uris(GeneralNames.getInstance(dp.getDistributionPoint().getName()), out);
            }
        }
        return out;
    }

    /** AIA URIs of one access method, e.g. {@code AccessDescription.id_ad_ocsp}. */
    public List<String> authorityInformationAccess(org.bouncycastle.asn1.ASN1ObjectIdentifier method) {
        ASN1Encodable v = extension(Extension.authorityInfoAccess);
        List<String> out = new ArrayList<>();
        if (v != null) {
            for (AccessDescription d : AuthorityInformationAccess.getInstance(v).getAccessDescriptions()) {
                if (d.getAccessMethod().equals(method)) {
                    uris(new GeneralNames(d.getAccessLocation()), out);
                }
            }
        }
        return out;
    }

    /** subjectAltName entries of one type ({@link GeneralName#dNSName}, {@link GeneralName#rfc822Name}). */
    public List<String> subjectAltNames(int type) {
        try {
            Collection<List<?>> all = certificate.getSubjectAlternativeNames();
            return all == null ? List.of() : all.stream().filter(n -> ((Integer) n.get(0)) == type)
                    .map(n -> (String) n.get(1)).toList();
        } catch (GeneralSecurityException e) {
            throw new AssertionError("subjectAltName does not decode", e);
        }
    }

    private ASN1Encodable extension(org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
        byte[] v = certificate.getExtensionValue(oid.getId());
        if (v == null) {
            return null;
        }
        try {
            return ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(v).getOctets());
        } catch (java.io.IOException e) {
            throw new AssertionError("extension " + oid + " does not decode", e);
        }
    }

    private static void uris(GeneralNames names, List<String> out) {
        for (GeneralName n : names.getNames()) {
            if (n.getTagNo() == GeneralName.uniformResourceIdentifier) {
                out.add(((ASN1String) n.getName()).getString());
            }
        }
    }
}
