package vn.govca.crl.domain;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.der.DerTime;

/**
 * The crlExtensions of a CRL (RFC 5280 §5.2), in this order, each with its RFC criticality:
 * authorityKeyIdentifier (§5.2.1, keyIdentifier, non-critical), cRLNumber (§5.2.3, non-critical),
 * deltaCRLIndicator (§5.2.4, critical, delta CRLs), issuingDistributionPoint (§5.2.5, critical,
 * optional), freshestCRL (§5.2.6, non-critical, optional, full CRLs) and X.509's
 * expiredCertsOnCRL (id-ce 60, GeneralizedTime, non-critical, optional).
 */
final class CrlExtensions {

    private CrlExtensions() {
    }

    /** The DER of the {@code Extensions} SEQUENCE for {@code spec}. */
    static byte[] encode(CrlSpec spec) {
        List<Extension> list = new ArrayList<>();
        list.add(extension(Extension.authorityKeyIdentifier, false,
                new AuthorityKeyIdentifier(spec.issuer().keyIdentifier())));
        list.add(extension(Extension.cRLNumber, false, new CRLNumber(spec.crlNumber())));
        spec.baseCrlNumber().ifPresent(base ->
                list.add(extension(Extension.deltaCRLIndicator, true, new CRLNumber(base))));
        spec.issuingDistributionPoint().ifPresent(url -> list.add(extension(Extension.issuingDistributionPoint,
                true, new IssuingDistributionPoint(fullName(url.toString()), false, false, null, false, false))));
        spec.freshestCrl().ifPresent(url -> list.add(extension(Extension.freshestCRL, false,
                new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(fullName(url.toString()), null, null)}))));
        spec.expiredCertsOnCrl().ifPresent(since -> list.add(new Extension(Extension.expiredCertsOnCRL, false,
                DerTime.generalizedTime(since))));
        return der(new Extensions(list.toArray(new Extension[0])));
    }

    private static DistributionPointName fullName(String url) {
        return new DistributionPointName(new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, url)));
    }

    static Extension extension(org.bouncycastle.asn1.ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
        return new Extension(oid, critical, new DEROctetString(der(value)));
    }

    static byte[] der(ASN1Encodable value) {
        try {
            return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw GovCaException.internal("cannot DER-encode " + value.getClass().getSimpleName(), e);
        }
    }
}
