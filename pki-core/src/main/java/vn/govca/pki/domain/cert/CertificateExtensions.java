package vn.govca.pki.domain.cert;

import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.name.DnAttribute;
import vn.govca.pki.domain.profile.CertificateProfile;
import vn.govca.pki.domain.profile.DistributionRule;
import vn.govca.pki.domain.profile.ExtendedKeyUsagePurpose;
import vn.govca.pki.domain.profile.KeyUsageBit;

/**
 * Writes the extensions a profile prescribes, each with an explicit critical flag, in a fixed
 * order. It applies the profile mechanically; whether the result is acceptable is the lints' call.
 */
final class CertificateExtensions {

    private final IssuanceRequest request;
    private final CertificateProfile profile;
    private final JcaX509ExtensionUtils utils;

    CertificateExtensions(IssuanceRequest request) {
        this.request = request;
        this.profile = request.profile();
        try {
            this.utils = new JcaX509ExtensionUtils();
        } catch (NoSuchAlgorithmException e) {
            throw GovCaException.internal("SHA-1 is not available for key identifiers", e);
        }
    }

    void addTo(X509v3CertificateBuilder b) throws CertIOException {
        SubjectPublicKeyInfo key = request.publicKey();
        if (profile.basicConstraints().present()) {
            b.addExtension(Extension.basicConstraints, profile.basicConstraints().critical(), basicConstraints());
        }
        b.addExtension(Extension.keyUsage, profile.keyUsage().critical(), keyUsage(key));
        Set<ExtendedKeyUsagePurpose> ekus = EnumSet.noneOf(ExtendedKeyUsagePurpose.class);
        ekus.addAll(profile.extendedKeyUsage().required());
        ekus.addAll(request.extendedKeyUsages());
        if (!ekus.isEmpty()) {
            b.addExtension(Extension.extendedKeyUsage, profile.extendedKeyUsage().critical(),
                    new ExtendedKeyUsage(ekus.stream().map(ExtendedKeyUsagePurpose::keyPurposeId).toArray(KeyPurposeId[]::new)));
        }
        b.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key));
        b.addExtension(Extension.authorityKeyIdentifier, false,
                new AuthorityKeyIdentifier(request.issuer().keyIdentifier(key)));
        List<GeneralName> sans = subjectAltNames();
        if (!sans.isEmpty()) {
            b.addExtension(Extension.subjectAlternativeName, request.subject().isEmpty(),
                    new GeneralNames(sans.toArray(GeneralName[]::new)));
        }
        if (!profile.certificatePolicies().isEmpty()) {
            b.addExtension(Extension.certificatePolicies, false, new CertificatePolicies(
                    profile.policyOids().stream().map(PolicyInformation::new).toArray(PolicyInformation[]::new)));
        }
        distribution(b);
        if (profile.ocspNoCheck()) {
            b.addExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE);
        }
    }

    private BasicConstraints basicConstraints() {
        if (!profile.basicConstraints().ca()) {
            return new BasicConstraints(false);
        }
        return profile.basicConstraints().pathLenConstraint().map(BasicConstraints::new)
                .orElseGet(() -> new BasicConstraints(true));
    }

    private KeyUsage keyUsage(SubjectPublicKeyInfo key) {
        KeySpec spec;
        try {
            spec = KeySpec.of(key);
        } catch (GovCaException e) {
            // a weak or unsupported key: build with the always-granted bits; PublicKeyLint reports it
            return new KeyUsage(profile.keyUsage().bits().stream().mapToInt(KeyUsageBit::mask).sum());
        }
        return new KeyUsage(profile.keyUsage().bitsFor(spec).stream().mapToInt(KeyUsageBit::mask).sum());
    }

    private List<GeneralName> subjectAltNames() {
        Set<String> emails = new LinkedHashSet<>();
        if (profile.subjectAltName().emailFromSubject()) {
            emails.addAll(request.subject().values(DnAttribute.E));
        }
        request.emailSans().forEach(e -> emails.add(e.value()));
        List<GeneralName> out = new ArrayList<>();
        emails.forEach(e -> out.add(new GeneralName(GeneralName.rfc822Name, e)));
        new LinkedHashSet<>(request.dnsSans()).forEach(d -> out.add(new GeneralName(GeneralName.dNSName, d.value())));
        return out;
    }

    private void distribution(X509v3CertificateBuilder b) throws CertIOException {
        DistributionRule rule = profile.distribution();
        PublicationPoints points = request.issuer().publicationPoints().orElse(null);
        if (points == null) {
            return;
        }
        if (rule.crlDistributionPoint()) {
            b.addExtension(Extension.cRLDistributionPoints, false, crlDp(points.crlUrl().toString()));
            if (points.publishesDeltaCrl()) {
                b.addExtension(Extension.freshestCRL, false, crlDp(points.deltaCrlUrl().toString()));
            }
        }
        List<AccessDescription> aia = new ArrayList<>();
        if (rule.ocsp()) {
            aia.add(new AccessDescription(X509ObjectIdentifiers.id_ad_ocsp,
                    new GeneralName(GeneralName.uniformResourceIdentifier, points.ocspUrl().toString())));
        }
        if (rule.caIssuers()) {
            aia.add(new AccessDescription(X509ObjectIdentifiers.id_ad_caIssuers,
                    new GeneralName(GeneralName.uniformResourceIdentifier, points.caIssuersUrl().toString())));
        }
        if (!aia.isEmpty()) {
            b.addExtension(Extension.authorityInfoAccess, false,
                    new AuthorityInformationAccess(aia.toArray(AccessDescription[]::new)));
        }
    }

    private static CRLDistPoint crlDp(String url) {
        GeneralNames names = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, url));
        return new CRLDistPoint(new DistributionPoint[] {
            new DistributionPoint(new DistributionPointName(names), null, null)});
    }
}
