package vn.govca.pki.infrastructure.token;

import java.math.BigInteger;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import vn.govca.pki.domain.GovCaException;

/**
 * The self-signed certificate stored next to a generated key. Both PKCS#12 and the PKCS#11
 * {@code KeyStore} keep a private key only together with a certificate (it carries the public key
 * and binds the alias); this one is a placeholder that no relying party will ever see, marked as
 * such in its subject and never valid as a CA certificate (RFC 5280 §4.2.1.9: cA false).
 * Its notAfter is 99991231235959Z, RFC 5280 §4.1.2.5's "no well-defined expiration".
 */
final class PlaceholderCertificate {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Date NO_EXPIRY = Date.from(Instant.parse("9999-12-31T23:59:59Z"));

    private PlaceholderCertificate() {
    }

    static X509Certificate create(String tokenName, String alias, PublicKey publicKey, ContentSigner signer) {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, "GovCA key placeholder, not a certificate")
                .addRDN(BCStyle.OU, tokenName)
                .addRDN(BCStyle.CN, alias)
                .build();
        Date notBefore = Date.from(Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.MINUTES));
        BigInteger serial = new BigInteger(64, RANDOM).setBit(63);
        try {
            X509CertificateHolder holder = new JcaX509v3CertificateBuilder(
                    subject, serial, notBefore, NO_EXPIRY, subject, publicKey)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .build(signer);
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertIOException | CertificateException e) {
            throw GovCaException.internal("cannot build the placeholder certificate for key '" + alias + "'", e);
        }
    }
}
