package vn.govca.pki.domain.cert.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;

/**
 * RFC 6960 §4.2.2.2.1: id-pkix-ocsp-nocheck (value NULL, non-critical) appears exactly when the
 * profile asks for it, and only on a delegated responder certificate with id-kp-OCSPSigning
 * (§4.2.2.2), whose short validity the profile limits.
 */
public final class OcspNoCheckLint implements Lint {

    @Override
    public String reference() {
        return "RFC 6960 §4.2.2.2, §4.2.2.2.1";
    }

    @Override
    public List<String> check(LintTarget t) {
        List<String> out = new ArrayList<>();
        Optional<Extension> ext = t.extension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck);
        boolean wanted = t.profile().ocspNoCheck();
        if (ext.isEmpty()) {
            if (wanted) {
                out.add("id-pkix-ocsp-nocheck is missing; profile " + t.profile().name() + " requires it");
            }
            return out;
        }
        if (!wanted) {
            out.add("id-pkix-ocsp-nocheck is present; profile " + t.profile().name() + " omits it");
        }
        if (ext.get().isCritical()) {
            out.add("id-pkix-ocsp-nocheck must be non-critical");
        }
        if (!DERNull.INSTANCE.equals(ext.get().getParsedValue())) {
            out.add("id-pkix-ocsp-nocheck value must be NULL");
        }
        boolean ocspSigning = t.extension(Extension.extendedKeyUsage)
                .map(e -> ExtendedKeyUsage.getInstance(e.getParsedValue()).hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning))
                .orElse(false);
        if (!ocspSigning) {
            out.add("id-pkix-ocsp-nocheck without the OCSPSigning extended key usage");
        }
        return out;
    }
}
