package vn.govca.ca.interfaces.rest;

import java.util.List;
import vn.govca.db.domain.CertificateRecord;
import vn.govca.pki.domain.cert.Pem;

/** A certificate as the API shows it. PEM fields are present on single-certificate answers. */
public record CertificateView(Long id, String ca, String serial, String subject, String profile, String status,
                              String notBefore, String notAfter, String sha256, Integer revocationReason,
                              String revocationTime, String certificatePem, List<String> chainPem) {

    static CertificateView of(CertificateRecord c, String caName, boolean withPem, List<byte[]> chain) {
        return new CertificateView(c.id(), caName, c.serial().value(), c.subjectDn(), c.profileName(),
                c.status().name(), str(c.notBefore()), str(c.notAfter()),
                c.fingerprint() == null ? null : c.fingerprint().value(), c.revocationReason(),
                str(c.revocationTime()),
                withPem && c.der() != null ? Pem.encode("CERTIFICATE", c.der()) : null,
                chain == null ? null : chain.stream().map(d -> Pem.encode("CERTIFICATE", d)).toList());
    }

    /** The view of a certificate just issued, without reading it back from the database. */
    static CertificateView issued(vn.govca.pki.domain.cert.SignedCertificate signed, String caName, String profile,
                                  List<byte[]> chain) {
        java.security.cert.X509Certificate x = signed.certificate();
        return new CertificateView(null, caName, signed.serial().hex(),
                vn.govca.pki.domain.name.SubjectName.fromX500Name(signed.holder().getSubject()).toString(),
                profile, "ACTIVE", x.getNotBefore().toInstant().toString(), x.getNotAfter().toInstant().toString(),
                vn.govca.db.domain.Sha256Hex.digestOf(signed.der()).value(), null, null, signed.pem(),
                chain.stream().map(d -> Pem.encode("CERTIFICATE", d)).toList());
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
