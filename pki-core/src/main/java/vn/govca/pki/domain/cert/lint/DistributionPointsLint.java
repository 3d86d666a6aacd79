package vn.govca.pki.domain.cert.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;
import vn.govca.pki.domain.profile.DistributionRule;

/**
 * RFC 5280 §4.2.1.13 (cRLDistributionPoints, SHOULD be non-critical), §4.2.1.15 (freshestCRL,
 * MUST be non-critical, only next to a CRL DP) and §4.2.2.1 (authorityInformationAccess, MUST be
 * non-critical): present exactly as the profile says, each with an http(s) URI, so that relying
 * parties can check status and build the path.
 */
public final class DistributionPointsLint implements Lint {

    @Override
    public String reference() {
        return "RFC 5280 §4.2.1.13, §4.2.1.15, §4.2.2.1; profile distribution";
    }

    @Override
    public List<String> check(LintTarget t) {
        List<String> out = new ArrayList<>();
        DistributionRule rule = t.profile().distribution();
        Optional<Extension> crl = t.extension(Extension.cRLDistributionPoints);
        points("cRLDistributionPoints", crl, rule.crlDistributionPoint(), out);
        Optional<Extension> freshest = t.extension(Extension.freshestCRL);
        if (freshest.isPresent()) {
            if (crl.isEmpty()) {
                out.add("freshestCRL is present without cRLDistributionPoints");
            }
            points("freshestCRL", freshest, true, out);
        }
        Optional<Extension> aia = t.extension(Extension.authorityInfoAccess);
        boolean ocsp = false;
        boolean caIssuers = false;
        if (aia.isPresent()) {
            if (aia.get().isCritical()) {
                out.add("authorityInformationAccess must be non-critical");
            }
            for (AccessDescription ad : AuthorityInformationAccess.getInstance(aia.get().getParsedValue())
                    .getAccessDescriptions()) {
                boolean isOcsp = X509ObjectIdentifiers.id_ad_ocsp.equals(ad.getAccessMethod());
                boolean isIssuers = X509ObjectIdentifiers.id_ad_caIssuers.equals(ad.getAccessMethod());
                if (!isOcsp && !isIssuers) {
                    out.add("authorityInformationAccess method " + ad.getAccessMethod() + " is not issued");
                }
                ocsp |= isOcsp;
                caIssuers |= isIssuers;
                uri("authorityInformationAccess", ad.getAccessLocation(), out);
            }
        }
        expect("AIA OCSP", ocsp, rule.ocsp(), t, out);
        expect("AIA caIssuers", caIssuers, rule.caIssuers(), t, out);
        return out;
    }

    private static void points(String name, Optional<Extension> ext, boolean wanted, List<String> out) {
        if (ext.isEmpty()) {
            if (wanted) {
                out.add(name + " is missing");
            }
            return;
        }
        if (!wanted) {
            out.add(name + " is present; the profile omits it");
        }
        if (ext.get().isCritical()) {
            out.add(name + " must be non-critical");
        }
        DistributionPoint[] dps = CRLDistPoint.getInstance(ext.get().getParsedValue()).getDistributionPoints();
        if (dps.length == 0) {
            out.add(name + " is empty");
        }
        for (DistributionPoint dp : dps) {
            DistributionPointName dpn = dp.getDistributionPoint();
            if (dpn == null || dpn.getType() != DistributionPointName.FULL_NAME) {
                out.add(name + " entry has no fullName");
                continue;
            }
            for (GeneralName g : GeneralNames.getInstance(dpn.getName()).getNames()) {
                uri(name, g, out);
            }
        }
    }

    private static void uri(String name, GeneralName g, List<String> out) {
        if (g.getTagNo() != GeneralName.uniformResourceIdentifier || !(g.getName() instanceof ASN1IA5String s)) {
            out.add(name + " location is not a URI");
            return;
        }
        String u = s.getString();
        if (!u.startsWith("http://") && !u.startsWith("https://")) {
            out.add(name + " URI '" + u + "' is not http(s)");
        }
    }

    private static void expect(String what, boolean present, boolean wanted, LintTarget t, List<String> out) {
        if (present != wanted) {
            out.add(what + (present ? " is present; profile " + t.profile().name() + " omits it"
                    : " is missing; profile " + t.profile().name() + " requires it"));
        }
    }
}
