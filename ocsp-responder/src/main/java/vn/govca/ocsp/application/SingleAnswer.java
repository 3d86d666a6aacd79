package vn.govca.ocsp.application;

import java.util.Objects;
import vn.govca.ocsp.domain.CertificateStatus;
import vn.govca.ocsp.domain.RequestedCertId;

/** One CertID of a request and the status found for it: one {@code SingleResponse} to sign. */
record SingleAnswer(RequestedCertId certId, CertificateStatus status) {

    SingleAnswer {
        Objects.requireNonNull(certId, "certId");
        Objects.requireNonNull(status, "status");
    }
}
