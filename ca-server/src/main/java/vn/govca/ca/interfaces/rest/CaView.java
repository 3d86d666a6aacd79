package vn.govca.ca.interfaces.rest;

import vn.govca.db.domain.CertificateAuthorityRecord;

/** A CA as the API and the public CA listing show it. */
public record CaView(String name, String subject, String status, String online, String parent, String notBefore,
                     String notAfter, String keySpec, String token, Links links, String csrPem) {

    /** Where the CA's public artefacts are served. */
    public record Links(String certificate, String pem, String crl, String ocsp) {
    }

    static CaView of(CertificateAuthorityRecord ca, String parentName, String online, String base, String csrPem,
                     boolean withToken) {
        Links links = new Links(base + "/ca/" + ca.name() + ".crt", base + "/ca/" + ca.name() + ".pem",
                base + "/crl/" + ca.name() + ".crl", base + "/ocsp");
        return new CaView(ca.name(), ca.subjectDn(), ca.status().name(), online, parentName,
                ca.notBefore() == null ? null : ca.notBefore().toString(),
                ca.notAfter() == null ? null : ca.notAfter().toString(), ca.key().keySpec(),
                withToken ? ca.key().tokenName() : null, links, csrPem);
    }
}
