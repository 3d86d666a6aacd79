package vn.govca.ca.application.ca;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.auth.Role;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.domain.CertificateAuthorityStatus;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.Pem;

/**
 * Completes a CA whose certificate an external CA signs: after {@code POST /api/v1/cas} with
 * type EXTERNAL exported a CSR, the administrator imports the signed certificate. It is accepted
 * only if it certifies exactly the CA's own key (the one in its token), names the CA's subject,
 * is a CA certificate allowed to sign certificates and CRLs (RFC 5280 §4.2.1.9, §4.2.1.3) and is
 * valid now.
 */
@ApplicationScoped
public class ExternalCaService {

    @Inject
    ServerContext context;

    @Inject
    CaDirectory directory;

    @Inject
    CaRecords records;

    public CertificateAuthorityRecord importCertificate(Principal who, String caName, String certificatePem) {
        who.requireAnyOf("import CA certificates", Role.CA_ADMIN);
        CertificateAuthorityRecord ca = directory.find(caName);
        if (ca.status() != CertificateAuthorityStatus.AWAITING_CERTIFICATE) {
            throw GovCaException.conflict("CA '" + caName + "' is " + ca.status()
                    + "; only a CA awaiting its certificate takes an import");
        }
        if (certificatePem == null || certificatePem.isBlank()) {
            throw GovCaException.malformed("certificatePem is required");
        }
        X509CertificateHolder cert;
        try {
            cert = new X509CertificateHolder(Pem.decode(certificatePem, "CERTIFICATE"));
        } catch (IOException | IllegalArgumentException e) {
            throw GovCaException.malformed("certificatePem is not a DER X.509 certificate in PEM", e);
        }
        byte[] tokenKey = context.tokens().active(ca.key().tokenName()).publicKey(ca.key().keyAlias()).getEncoded();
        try {
            if (!Arrays.equals(tokenKey, cert.getSubjectPublicKeyInfo().getEncoded())) {
                throw GovCaException.policy("the certificate certifies another key than CA '" + caName
                        + "' holds in token '" + ca.key().tokenName() + "'");
            }
        } catch (IOException e) {
            throw GovCaException.malformed("certificate public key does not encode", e);
        }
        BasicConstraints bc = BasicConstraints.fromExtensions(cert.getExtensions());
        KeyUsage ku = KeyUsage.fromExtensions(cert.getExtensions());
        if (bc == null || !bc.isCA() || ku == null || !ku.hasUsages(KeyUsage.keyCertSign | KeyUsage.cRLSign)) {
            throw GovCaException.policy("the certificate is not a CA certificate with keyCertSign and cRLSign "
                    + "(RFC 5280 §4.2.1.9, §4.2.1.3)");
        }
        if (!cert.isValidOn(java.util.Date.from(context.clock().instant()))) {
            throw GovCaException.policy("the certificate is not valid now (" + cert.getNotBefore() + " – "
                    + cert.getNotAfter() + ")");
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("issuer", cert.getIssuer().toString());
        d.put("serial", cert.getSerialNumber().toString(16));
        d.put("critical", cert.getExtension(Extension.basicConstraints).isCritical());
        records.activate(ca.id(), pemDer(cert), cert.getSerialNumber().toString(16),
                cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant(), who.auditName(),
                AuditTrail.CA_CERTIFICATE_IMPORTED, d, context.clock().instant());
        return directory.find(caName);
    }

    private static byte[] pemDer(X509CertificateHolder cert) {
        try {
            return cert.getEncoded();
        } catch (IOException e) {
            throw GovCaException.internal("certificate does not re-encode", e);
        }
    }
}
