package vn.govca.ca.interfaces.rest;

import vn.govca.db.domain.CertificateAuthorityRecord;

/** A CA as the API and the public CA listing show it. */
public record CaView(String name, String subject, String status, String online, String parent, String notBefore,
                     String notAfter, String keySpec, String token, Links links, String csrPem) {

    /** Where the CA's public artefacts are served. */
    public record Links(String certificate, String pem, String crl, String ocsp) {
    }

    /** The name of {@code ca}'s parent among {@code all}, or null for a root or an external parent. */
    static String parentName(CertificateAuthorityRecord ca, java.util.List<CertificateAuthorityRecord> all) {
        return ca.parentCaId() == null ? null : all.stream().filter(c -> c.id().equals(ca.parentCaId()))
                .map(CertificateAuthorityRecord::name).findFirst().orElse(null);
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
