package vn.govca.crl.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.operator.ContentVerifier;
import vn.govca.pki.domain.der.DerFraming;
import vn.govca.pki.domain.GovCaException;

/**
 * Checks a CRL's signature with its issuer's public key by streaming the file once (RFC 5280
 * §5.1.1.3: the signature is over the DER of the TBSCertList), without parsing the entries — so a
 * publisher can check a CRL of any size, e.g. one already on disk at start-up, in constant memory.
 * It also checks the framing: the CertificateList is exactly TBSCertList, signatureAlgorithm and
 * a BIT STRING with nothing after it, and the TBSCertList's signature field equals the outer
 * signatureAlgorithm (§5.1.1.2). It does not check names, times or extensions.
 */
public final class CrlSignatureVerifier {

    private static final int INTEGER = 0x02;
    private static final int MAX_ALGORITHM = 512;
    private static final int MAX_SIGNATURE = 8192;

    private CrlSignatureVerifier() {
    }

    /**
     * @return whether the signature verifies with {@code issuerKey}
     * @throws GovCaException MALFORMED if the file is not a DER CRL, is truncated, or uses a
     *     signature algorithm GovCA does not sign with; UNAVAILABLE if it cannot be read
     */
    public static boolean isSignatureValid(Path crlFile, SubjectPublicKeyInfo issuerKey) {
        try (InputStream in = Files.newInputStream(crlFile)) {
            return isSignatureValid(in, issuerKey);
        } catch (IOException e) {
            throw GovCaException.unavailable("cannot read CRL " + crlFile + ": " + e.getMessage(), e);
        }
    }

    /** As {@link #isSignatureValid(Path, SubjectPublicKeyInfo)}, reading {@code crl} to its end (not closed). */
    public static boolean isSignatureValid(InputStream crl, SubjectPublicKeyInfo issuerKey) throws IOException {
        DerInput in = new DerInput(crl);
        DerInput.Header outer = in.readHeader(DerFraming.SEQUENCE, "CertificateList");
        DerInput.Header tbs = in.readHeader(DerFraming.SEQUENCE, "tbsCertList");
        byte[] version = readVersion(in);
        DerInput.Header innerAlgHeader = in.readHeader(DerFraming.SEQUENCE, "tbsCertList signature");
        byte[] innerAlg = concat(innerAlgHeader.raw(),
                in.readContent(innerAlgHeader.length(), MAX_ALGORITHM, "tbsCertList signature"));
        long rest = tbs.length() - version.length - innerAlg.length;
        if (rest < 0) {
            throw GovCaException.malformed("tbsCertList of " + tbs.length() + " octets is too short");
        }
        ContentVerifier verifier = IssuerVerifiers.of(issuerKey, algorithm(innerAlg));
        try (OutputStream sink = verifier.getOutputStream()) {
            sink.write(tbs.raw());
            sink.write(version);
            sink.write(innerAlg);
            in.copy(rest, sink, "tbsCertList");
        }
        DerInput.Header outerAlgHeader = in.readHeader(DerFraming.SEQUENCE, "signatureAlgorithm");
        byte[] outerAlg = concat(outerAlgHeader.raw(),
                in.readContent(outerAlgHeader.length(), MAX_ALGORITHM, "signatureAlgorithm"));
        if (!Arrays.equals(innerAlg, outerAlg)) {
            throw GovCaException.malformed("signatureAlgorithm differs from the tbsCertList signature field"
                    + " (RFC 5280 §5.1.1.2)");
        }
        DerInput.Header sigHeader = in.readHeader(DerFraming.BIT_STRING, "signatureValue");
        byte[] bits = in.readContent(sigHeader.length(), MAX_SIGNATURE, "signatureValue");
        long framed = tbs.raw().length + tbs.length() + outerAlg.length + sigHeader.raw().length + bits.length;
        if (bits.length < 2 || bits[0] != 0 || framed != outer.length() || !in.atEnd()) {
            throw GovCaException.malformed("CertificateList framing is not TBSCertList, AlgorithmIdentifier,"
                    + " BIT STRING (length " + outer.length() + ", content " + framed + ")");
        }
        return verifier.verify(Arrays.copyOfRange(bits, 1, bits.length));
    }

    /** The optional version INTEGER (RFC 5280 §5.1.2.1), as raw TLV octets; empty if absent. */
    private static byte[] readVersion(DerInput in) throws IOException {
        int tag = in.peekOctet();
        if (tag != INTEGER) {
            return new byte[0];
        }
        DerInput.Header h = in.readHeader(INTEGER, "version");
        return concat(h.raw(), in.readContent(h.length(), 4, "version"));
    }

    private static AlgorithmIdentifier algorithm(byte[] der) {
        try {
            return AlgorithmIdentifier.getInstance(der);
        } catch (IllegalArgumentException e) {
            throw GovCaException.malformed("tbsCertList signature is not an AlgorithmIdentifier", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
