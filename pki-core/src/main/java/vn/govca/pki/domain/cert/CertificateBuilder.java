package vn.govca.pki.domain.cert;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.cert.lint.IssuerFacts;
import vn.govca.pki.domain.cert.lint.LintTarget;
import vn.govca.pki.domain.cert.lint.Linter;

/**
 * Builds the to-be-signed certificate for an {@link IssuanceRequest} and lints it; the only way
 * to obtain a {@link PreparedCertificate}, and so the only way to a signed certificate (DESIGN
 * invariant 2, lint before sign). Steps: (1) validity from the request, the profile and the
 * injected clock; (2) issuer and subject names; (3) the profile's extensions; (4) the TBS DER with
 * the issuer's signature algorithm (RFC 5280 §4.1.2.3); (5) every lint on that exact DER;
 * (6) wrap the DER, which the caller stores before signing (invariant 1).
 */
public final class CertificateBuilder {

    private CertificateBuilder() {
    }

    /**
     * @param serial a fresh serial, already reserved for this CA in the database
     * @param clock the signing time source (tests inject a fixed clock)
     * @throws GovCaException POLICY_VIOLATION with every lint finding if the certificate would
     *     break its profile or RFC 5280; MALFORMED if the subject key cannot be decoded
     */
    public static PreparedCertificate prepare(IssuanceRequest request, SerialNumber serial, Clock clock) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(clock, "clock");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        IssuerContext issuer = request.issuer();
        X500Name subject = request.subject().toX500Name();
        IssuerFacts facts = issuer.facts(subject, request.publicKey());
        Instant notBefore = request.notBefore().map(t -> t.truncatedTo(ChronoUnit.SECONDS)).orElse(now);
        Instant notAfter = notAfter(request, notBefore, facts);

        X509v3CertificateBuilder builder = new X509v3CertificateBuilder(issuer.issuerName(subject),
                serial.value(), Date.from(notBefore), Date.from(notAfter), subject, request.publicKey());
        byte[] tbs;
        try {
            new CertificateExtensions(request).addTo(builder);
            tbs = tbsOf(builder.build(new Placeholder(issuer.signatureAlgorithm().algorithmIdentifier())));
        } catch (IOException | IllegalArgumentException e) {
            throw GovCaException.malformed("certificate cannot be built: " + e.getMessage(), e);
        }
        Linter.standard().enforce(new LintTarget(tbs, request.profile(), facts, now));
        return new PreparedCertificate(tbs, serial, request.profile(), issuer.signatureAlgorithm(),
                issuer.verificationKey(request.publicKey()), subject, notBefore, notAfter);
    }

    private static Instant notAfter(IssuanceRequest request, Instant notBefore, IssuerFacts facts) {
        if (request.notAfter().isPresent()) {
            return request.notAfter().get().truncatedTo(ChronoUnit.SECONDS);
        }
        if (request.validityDays().isPresent()) {
            return inclusiveEnd(notBefore, request.validityDays().getAsInt());
        }
        Instant byProfile = inclusiveEnd(notBefore, request.profile().maxValidityDays());
        return facts.validUntil().filter(byProfile::isAfter).orElse(byProfile);
    }

    private static Instant inclusiveEnd(Instant notBefore, int days) {
        return notBefore.plus(Duration.ofDays(days)).minusSeconds(1);
    }

    private static byte[] tbsOf(X509CertificateHolder holder) throws IOException {
        return holder.toASN1Structure().getTBSCertificate().getEncoded(ASN1Encoding.DER);
    }

    /** Lets Bouncy Castle assemble the TBS; the signature it "makes" is discarded. */
    private static final class Placeholder implements ContentSigner {
        private final AlgorithmIdentifier algorithm;

        Placeholder(AlgorithmIdentifier algorithm) {
            this.algorithm = algorithm;
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return algorithm;
        }

        @Override
        public OutputStream getOutputStream() {
            return OutputStream.nullOutputStream();
        }

        @Override
        public byte[] getSignature() {
            return new byte[0];
        }
    }
}
