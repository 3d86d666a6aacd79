package vn.govca.pki.domain.cert;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.govca.pki.domain.GovCaException;

/**
 * Where relying parties fetch an issuing CA's status information and certificate (DESIGN
 * "External interfaces"): from the configurable public base URL and the CA's name,
 * CRL {@code ${base}/crl/{ca}.crl}, delta CRL {@code ${base}/crl/{ca}-delta.crl}, OCSP
 * {@code ${base}/ocsp} and caIssuers {@code ${base}/ca/{ca}.crt}. These go into the CRL
 * distribution point (RFC 5280 §4.2.1.13), Freshest CRL (§4.2.1.15, only when the CA publishes
 * delta CRLs) and authority information access (§4.2.2.1) of the certificates the CA issues.
 * Plain http is expected (RFC 5280 §8: fetching status over TLS can loop).
 */
public record PublicationPoints(URI baseUrl, String caName, boolean publishesDeltaCrl) {

    private static final Pattern CA_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public PublicationPoints {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(caName, "caName");
        String scheme = baseUrl.getScheme();
        if (!baseUrl.isAbsolute() || baseUrl.getHost() == null
                || !("http".equals(scheme) || "https".equals(scheme))
                || baseUrl.getQuery() != null || baseUrl.getFragment() != null) {
            throw GovCaException.malformed("public base URL '" + baseUrl
                    + "' must be an absolute http(s) URL with a host and no query or fragment");
        }
        String s = baseUrl.toString();
        if (s.endsWith("/")) {
            baseUrl = URI.create(s.substring(0, s.length() - 1));
        }
        if (!CA_NAME.matcher(caName).matches()) {
            throw GovCaException.malformed("CA name '" + caName
                    + "' must be 1-64 of letters, digits, '.', '_', '-' (it appears in URLs)");
        }
    }

    public URI crlUrl() {
        return URI.create(baseUrl + "/crl/" + caName + ".crl");
    }

    public URI deltaCrlUrl() {
        return URI.create(baseUrl + "/crl/" + caName + "-delta.crl");
    }

    public URI ocspUrl() {
        return URI.create(baseUrl + "/ocsp");
    }

    public URI caIssuersUrl() {
        return URI.create(baseUrl + "/ca/" + caName + ".crt");
    }
}
