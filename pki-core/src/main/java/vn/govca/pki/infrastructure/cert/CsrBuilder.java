package vn.govca.pki.infrastructure.cert;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCS10CertificationRequestBuilder;
import org.bouncycastle.pkcs.PKCSException;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.name.DnsName;
import vn.govca.pki.domain.name.SubjectName;

/**
 * Makes PKCS#10 requests (RFC 2986) for keys that live in a token: the token's
 * {@link ContentSigner} signs, so no private key is needed here. Used to have a CA key certified
 * by an external CA (the request asks for a critical basicConstraints cA and keyCertSign/cRLSign,
 * RFC 5280 §4.2.1.9/§4.2.1.3) and for service keys. Every request's signature is verified with
 * the given public key before it is returned, so a signer of another key is caught here.
 */
public final class CsrBuilder {

    private CsrBuilder() {
    }

    /**
     * A request for a CA key.
     *
     * @throws GovCaException INTERNAL if the signer's key is not {@code publicKey}'s (the
     *     request does not verify); POLICY_VIOLATION for a weak or unsupported key
     */
    public static byte[] forCaKey(SubjectName subject, SubjectPublicKeyInfo publicKey, ContentSigner signer) {
        ExtensionsGenerator ext = new ExtensionsGenerator();
        try {
            ext.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            ext.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } catch (IOException e) {
            throw GovCaException.internal("CA request extensions cannot be encoded", e);
        }
        return build(subject, publicKey, signer, ext);
    }

    /** A request for an end-entity key with optional dNSName SANs. */
    public static byte[] forEndEntity(SubjectName subject, SubjectPublicKeyInfo publicKey, List<DnsName> dnsNames,
            ContentSigner signer) {
        ExtensionsGenerator ext = new ExtensionsGenerator();
        if (!dnsNames.isEmpty()) {
            try {
                ext.addExtension(Extension.subjectAlternativeName, subject.isEmpty(), new GeneralNames(dnsNames.stream()
                        .map(d -> new GeneralName(GeneralName.dNSName, d.value())).toArray(GeneralName[]::new)));
            } catch (IOException e) {
                throw GovCaException.internal("request extensions cannot be encoded", e);
            }
        }
        return build(subject, publicKey, signer, ext);
    }

    private static byte[] build(SubjectName subject, SubjectPublicKeyInfo publicKey, ContentSigner signer,
            ExtensionsGenerator ext) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(signer, "signer");
        KeySpec.of(publicKey);
        PKCS10CertificationRequestBuilder b = new PKCS10CertificationRequestBuilder(subject.toX500Name(), publicKey);
        if (!ext.isEmpty()) {
            b.addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, ext.generate());
        }
        PKCS10CertificationRequest csr = b.build(signer);
        boolean valid;
        try {
            valid = csr.isSignatureValid(vn.govca.pki.domain.key.SignatureVerifiers.forKey(publicKey));
        } catch (PKCSException e) {
            valid = false;
        }
        if (!valid) {
            throw GovCaException.internal("the signer's key does not match the public key of the request", null);
        }
        try {
            return csr.getEncoded();
        } catch (IOException e) {
            throw GovCaException.internal("certificate request cannot be encoded", e);
        }
    }
}
