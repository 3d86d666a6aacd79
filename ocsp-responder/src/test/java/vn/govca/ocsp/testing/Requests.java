package vn.govca.ocsp.testing;

import java.io.IOException;
import java.math.BigInteger;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.govca.ocsp.domain.CertIdHashAlgorithm;

/** OCSP requests built and responses read with Bouncy Castle's own OCSP classes. */
public final class Requests {

    private Requests() {
    }

    public static CertificateID certId(X509CertificateHolder issuer, CertIdHashAlgorithm algorithm, BigInteger serial) {
        try {
            DigestCalculator calc = new JcaDigestCalculatorProviderBuilder().build()
                    .get(new AlgorithmIdentifier(algorithm.oid()));
            return new CertificateID(calc, issuer, serial);
        } catch (OperatorCreationException | OCSPException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request for {@code serials} of {@code issuer}, without nonce. */
    public static byte[] of(X509CertificateHolder issuer, CertIdHashAlgorithm algorithm, BigInteger... serials) {
        return withNonce(null, issuer, algorithm, serials);
    }

    /** A request with the nonce extension holding {@code OCTET STRING nonce} (null: no nonce). */
    public static byte[] withNonce(byte[] nonce, X509CertificateHolder issuer, CertIdHashAlgorithm algorithm,
            BigInteger... serials) {
        OCSPReqBuilder b = new OCSPReqBuilder();
        for (BigInteger s : serials) {
            b.addRequest(certId(issuer, algorithm, s));
        }
        if (nonce != null) {
            try {
                b.setRequestExtensions(new Extensions(new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                        new DEROctetString(nonce).getEncoded())));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return b.build().getEncoded();
        } catch (OCSPException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The basic response inside a successful DER {@code OCSPResponse}. */
    public static BasicOCSPResp basic(byte[] der) {
        try {
            OCSPResp resp = new OCSPResp(der);
            if (resp.getStatus() != OCSPResp.SUCCESSFUL) {
                throw new AssertionError("OCSP response status " + resp.getStatus() + ", expected successful");
            }
            return (BasicOCSPResp) resp.getResponseObject();
        } catch (IOException | OCSPException e) {
            throw new AssertionError("not an OCSP response", e);
        }
    }

    /** The {@code responseStatus} of a DER {@code OCSPResponse}. */
    public static int status(byte[] der) {
        try {
            return new OCSPResp(der).getStatus();
        } catch (IOException e) {
            throw new AssertionError("not an OCSP response", e);
        }
    }
}
