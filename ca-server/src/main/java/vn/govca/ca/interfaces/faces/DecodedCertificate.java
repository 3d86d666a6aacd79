package vn.govca.ca.interfaces.faces;

import java.io.IOException;
import java.io.Serializable;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.util.ASN1Dump;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.name.SubjectName;

/**
 * The fields of an X.509 certificate (RFC 5280 §4.1) and its extensions (§4.2) in words a
 * reviewer reads: names in RFC 4514 form, key type and size, key usages and purposes by name,
 * URLs of CRL distribution points and AIA, key identifiers in hex; other extensions as an ASN.1
 * dump.
 */
public record DecodedCertificate(String subject, String issuer, String serial, Instant notBefore, Instant notAfter,
                                 String publicKey, String signatureAlgorithm, List<ExtensionLine> extensions)
        implements Serializable {

    /** One extension: its name (or OID), criticality and decoded value. */
    public record ExtensionLine(String name, String oid, boolean critical, String value) implements Serializable {
    }

    private static final Map<ASN1ObjectIdentifier, String> NAMES = Map.ofEntries(
            Map.entry(Extension.basicConstraints, "basicConstraints"), Map.entry(Extension.keyUsage, "keyUsage"),
            Map.entry(Extension.extendedKeyUsage, "extendedKeyUsage"),
            Map.entry(Extension.subjectAlternativeName, "subjectAltName"),
            Map.entry(Extension.subjectKeyIdentifier, "subjectKeyIdentifier"),
            Map.entry(Extension.authorityKeyIdentifier, "authorityKeyIdentifier"),
            Map.entry(Extension.cRLDistributionPoints, "cRLDistributionPoints"),
            Map.entry(Extension.freshestCRL, "freshestCRL"),
            Map.entry(Extension.authorityInfoAccess, "authorityInfoAccess"),
            Map.entry(Extension.certificatePolicies, "certificatePolicies"));

    private static final String[] KEY_USAGES = {"digitalSignature", "nonRepudiation", "keyEncipherment",
        "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly"};
    private static final int[] KEY_USAGE_BITS = {KeyUsage.digitalSignature, KeyUsage.nonRepudiation,
        KeyUsage.keyEncipherment, KeyUsage.dataEncipherment, KeyUsage.keyAgreement, KeyUsage.keyCertSign,
        KeyUsage.cRLSign, KeyUsage.encipherOnly, KeyUsage.decipherOnly};
    private static final Map<KeyPurposeId, String> PURPOSES = Map.of(KeyPurposeId.id_kp_serverAuth, "serverAuth",
            KeyPurposeId.id_kp_clientAuth, "clientAuth", KeyPurposeId.id_kp_emailProtection, "emailProtection",
            KeyPurposeId.id_kp_codeSigning, "codeSigning", KeyPurposeId.id_kp_timeStamping, "timeStamping",
            KeyPurposeId.id_kp_OCSPSigning, "OCSPSigning");

    /** Decodes a stored certificate; a DER that does not parse is an INTERNAL error (the CA wrote it). */
    public static DecodedCertificate decode(byte[] der) {
        try {
            X509CertificateHolder h = new X509CertificateHolder(der);
            PublicKey key = new JcaX509CertificateConverter().getCertificate(h).getPublicKey();
            List<ExtensionLine> lines = new ArrayList<>();
            if (h.getExtensions() != null) {
                for (ASN1ObjectIdentifier oid : h.getExtensions().getExtensionOIDs()) {
                    Extension e = h.getExtension(oid);
                    lines.add(new ExtensionLine(NAMES.getOrDefault(oid, oid.getId()), oid.getId(), e.isCritical(),
                            value(e)));
                }
            }
            return new DecodedCertificate(dn(h.getSubject()), dn(h.getIssuer()), h.getSerialNumber().toString(16).toUpperCase(),
                    h.getNotBefore().toInstant(), h.getNotAfter().toInstant(), describe(key),
                    new DefaultAlgorithmNameFinder().getAlgorithmName(h.getSignatureAlgorithm()), List.copyOf(lines));
        } catch (IOException | CertificateException | RuntimeException e) {
            throw GovCaException.internal("a stored certificate does not decode: " + e.getMessage(), e);
        }
    }

    /** Our DN rendering (as the REST API shows it); BC's for names our rules do not model. */
    private static String dn(org.bouncycastle.asn1.x500.X500Name name) {
        try {
            return SubjectName.fromX500Name(name).toString();
        } catch (GovCaException e) {
            return name.toString();
        }
    }

    private static String describe(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return "RSA " + rsa.getModulus().bitLength() + " bit";
        }
        if (key instanceof ECPublicKey ec) {
            return "EC " + ec.getParams().getCurve().getField().getFieldSize() + " bit";
        }
        return key.getAlgorithm();
    }

    private static String value(Extension e) {
        ASN1ObjectIdentifier oid = e.getExtnId();
        if (oid.equals(Extension.basicConstraints)) {
            BasicConstraints bc = BasicConstraints.getInstance(e.getParsedValue());
            return bc.isCA() ? "CA: true" + (bc.getPathLenConstraint() == null ? "" : ", pathLen "
                    + bc.getPathLenConstraint()) : "CA: false";
        }
        if (oid.equals(Extension.keyUsage)) {
            KeyUsage ku = KeyUsage.getInstance(e.getParsedValue());
            List<String> names = new ArrayList<>();
            for (int i = 0; i < KEY_USAGES.length; i++) {
                if (ku.hasUsages(KEY_USAGE_BITS[i])) {
                    names.add(KEY_USAGES[i]);
                }
            }
            return String.join(", ", names);
        }
        if (oid.equals(Extension.extendedKeyUsage)) {
            return Stream.of(ExtendedKeyUsage.getInstance(e.getParsedValue()).getUsages())
                    .map(p -> PURPOSES.getOrDefault(p, p.getId())).collect(Collectors.joining(", "));
        }
        if (oid.equals(Extension.subjectAlternativeName)) {
            return names(GeneralNames.getInstance(e.getParsedValue()).getNames());
        }
        if (oid.equals(Extension.subjectKeyIdentifier)) {
            return hex(SubjectKeyIdentifier.getInstance(e.getParsedValue()).getKeyIdentifier());
        }
        if (oid.equals(Extension.authorityKeyIdentifier)) {
            return hex(AuthorityKeyIdentifier.getInstance(e.getParsedValue()).getKeyIdentifier());
        }
        if (oid.equals(Extension.cRLDistributionPoints) || oid.equals(Extension.freshestCRL)) {
            return Stream.of(CRLDistPoint.getInstance(e.getParsedValue()).getDistributionPoints())
                    .map(DistributionPoint::getDistributionPoint).filter(n -> n != null)
                    .map(n -> names(GeneralNames.getInstance(n.getName()).getNames()))
                    .collect(Collectors.joining(", "));
        }
        if (oid.equals(Extension.authorityInfoAccess)) {
            return Stream.of(AuthorityInformationAccess.getInstance(e.getParsedValue()).getAccessDescriptions())
                    .map(DecodedCertificate::access).collect(Collectors.joining(", "));
        }
        if (oid.equals(Extension.certificatePolicies)) {
            return Stream.of(CertificatePolicies.getInstance(e.getParsedValue()).getPolicyInformation())
                    .map(PolicyInformation::getPolicyIdentifier).map(ASN1ObjectIdentifier::getId)
                    .collect(Collectors.joining(", "));
        }
        return ASN1Dump.dumpAsString(e.getParsedValue(), true);
    }

    private static String access(AccessDescription d) {
        String method = d.getAccessMethod().equals(AccessDescription.id_ad_ocsp) ? "OCSP"
                : d.getAccessMethod().equals(AccessDescription.id_ad_caIssuers) ? "caIssuers"
                : d.getAccessMethod().getId();
        return method + ": " + names(new GeneralName[] {d.getAccessLocation()});
    }

    private static String names(GeneralName[] names) {
        return Stream.of(names).map(DecodedCertificate::name).collect(Collectors.joining(", "));
    }

    private static String name(GeneralName n) {
        String kind = switch (n.getTagNo()) {
            case GeneralName.rfc822Name -> "email";
            case GeneralName.dNSName -> "DNS";
            case GeneralName.uniformResourceIdentifier -> "URI";
            case GeneralName.iPAddress -> "IP";
            case GeneralName.directoryName -> "DirName";
            default -> "other";
        };
        return kind + ":" + (n.getTagNo() == GeneralName.iPAddress ? ASN1Dump.dumpAsString(n.getName())
                : n.getName().toString());
    }

    private static String hex(byte[] b) {
        return b == null ? "" : HexFormat.ofDelimiter(":").withUpperCase().formatHex(b);
    }
}
