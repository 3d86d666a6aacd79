package vn.govca.dist.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.http.HttpHeaders;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.Extension;

/**
 * A CRL as a relying party downloads it from {@code /crl/...}: the HTTP status and headers and the
 * DER body, read with the JDK's X.509 CRL parser (not GovCA's code).
 *
 * @param path    the path fetched
 * @param status  HTTP status
 * @param headers response headers
 * @param der     the body
 */
public record FetchedCrl(String path, int status, HttpHeaders headers, byte[] der) {

    /** The body parsed by the JDK. */
    public X509CRL crl() {
        try {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(path + " is not a DER CRL", e);
        }
    }

    /** The CRL number extension (RFC 5280 §5.2.3). */
    public BigInteger crlNumber() {
        return integerExtension(Extension.cRLNumber.getId())
                .orElseThrow(() -> new AssertionError(path + " has no CRL number"));
    }

    /** The delta CRL indicator's base CRL number (RFC 5280 §5.2.4), if this is a delta CRL. */
    public Optional<BigInteger> baseCrlNumber() {
        return integerExtension(Extension.deltaCRLIndicator.getId());
    }

    /** The entry for {@code serial}, if listed. */
    public Optional<X509CRLEntry> entry(BigInteger serial) {
        return Optional.ofNullable(crl().getRevokedCertificate(serial));
    }

    /** The entry's CRLReason extension value (RFC 5280 §5.3.1), or -1 if it has none. */
    public static int reasonCode(X509CRLEntry entry) {
        byte[] ext = entry.getExtensionValue(Extension.reasonCode.getId());
        if (ext == null) {
            return -1;
        }
        try {
            ASN1Primitive p = ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(ext).getOctets());
            return org.bouncycastle.asn1.ASN1Enumerated.getInstance(p).intValueExact();
        } catch (java.io.IOException e) {
            throw new AssertionError("reason code does not parse", e);
        }
    }

    /** The entry's invalidity date (RFC 5280 §5.3.2), if it has one. */
    public static Optional<Instant> invalidityDate(X509CRLEntry entry) {
        byte[] ext = entry.getExtensionValue(Extension.invalidityDate.getId());
        if (ext == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(org.bouncycastle.asn1.ASN1GeneralizedTime.getInstance(ASN1Primitive.fromByteArray(
                    ASN1OctetString.getInstance(ext).getOctets())).getDate().toInstant());
        } catch (java.io.IOException | java.text.ParseException e) {
            throw new AssertionError("invalidity date does not parse", e);
        }
    }

    /**
     * The HTTP caching of a CRL (docs/api.md): application/pkix-crl, Last-Modified = thisUpdate,
     * Expires = nextUpdate, a public max-age that does not reach past nextUpdate, and the SHA-256
     * of the body as ETag.
     */
    public void assertServedAsCrl() throws GeneralSecurityException {
        assertThat(status).as("status of %s", path).isEqualTo(200);
        assertThat(headers.firstValue("Content-Type")).as("content type of %s", path).hasValue("application/pkix-crl");
        assertThat(headers.firstValueAsLong("Content-Length")).hasValue(der.length);
        X509CRL crl = crl();
        Instant thisUpdate = crl.getThisUpdate().toInstant();
        Instant nextUpdate = crl.getNextUpdate().toInstant();
        assertThat(httpDate("Last-Modified")).isEqualTo(thisUpdate);
        assertThat(httpDate("Expires")).isEqualTo(nextUpdate);
        String cacheControl = headers.firstValue("Cache-Control").orElseThrow();
        assertThat(cacheControl).matches("public, max-age=\\d+");
        long maxAge = Long.parseLong(cacheControl.substring(cacheControl.indexOf('=') + 1));
        assertThat(maxAge).isPositive()
                .isLessThanOrEqualTo(Duration.between(Instant.now(), nextUpdate).getSeconds() + 1);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        assertThat(headers.firstValue("ETag")).hasValue("\"" + sha256 + "\"");
    }

    private Instant httpDate(String header) {
        String v = headers.firstValue(header).orElseThrow(() -> new AssertionError(path + " has no " + header));
        return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    private Optional<BigInteger> integerExtension(String oid) {
        byte[] ext = crl().getExtensionValue(oid);
        if (ext == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ASN1Integer.getInstance(ASN1Primitive.fromByteArray(
                    ASN1OctetString.getInstance(ext).getOctets())).getPositiveValue());
        } catch (java.io.IOException e) {
            throw new AssertionError(path + ": extension " + oid + " does not parse", e);
        }
    }

    @Override
    public String toString() {
        return "GET " + path + " -> " + status + " (" + der.length + " octets)";
    }
}
