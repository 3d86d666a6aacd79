package vn.govca.pki.domain.cert.lint;

import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.Time;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.profile.CertificateProfile;

/**
 * A to-be-signed certificate (RFC 5280 §4.1, {@code TBSCertificate}) decoded field by field from
 * its exact DER, together with the profile and the issuer it is checked against and the
 * signing time. The extensions are kept as a list, duplicates included, so that a lint can see
 * what a stricter decoder would refuse.
 */
public final class LintTarget {

    private final byte[] tbsDer;
    private final CertificateProfile profile;
    private final IssuerFacts issuer;
    private final Instant now;
    private final BigInteger version;
    private final BigInteger serial;
    private final AlgorithmIdentifier signature;
    private final X500Name issuerName;
    private final Time notBefore;
    private final Time notAfter;
    private final X500Name subject;
    private final SubjectPublicKeyInfo publicKey;
    private final boolean uniqueIds;
    private final List<Extension> extensions;

    /**
     * Decodes {@code tbsDer}.
     *
     * @throws GovCaException MALFORMED if it is not a DER-encoded TBSCertificate
     */
    public LintTarget(byte[] tbsDer, CertificateProfile profile, IssuerFacts issuer, Instant now) {
        this.tbsDer = Objects.requireNonNull(tbsDer, "tbsDer").clone();
        this.profile = Objects.requireNonNull(profile, "profile");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.now = Objects.requireNonNull(now, "now");
        try {
            ASN1Primitive primitive = ASN1Primitive.fromByteArray(this.tbsDer);
            if (!Arrays.equals(primitive.getEncoded(ASN1Encoding.DER), this.tbsDer)) {
                throw GovCaException.malformed("TBSCertificate is not DER-encoded (RFC 5280 §4.1)");
            }
            ASN1Sequence seq = ASN1Sequence.getInstance(primitive);
            int i = 0;
            if (seq.getObjectAt(0) instanceof ASN1TaggedObject v && v.getTagNo() == 0) {
                version = ASN1Integer.getInstance(v, true).getValue();
                i++;
            } else {
                version = BigInteger.ZERO;
            }
            serial = ASN1Integer.getInstance(seq.getObjectAt(i++)).getValue();
            signature = AlgorithmIdentifier.getInstance(seq.getObjectAt(i++));
            issuerName = X500Name.getInstance(seq.getObjectAt(i++));
            ASN1Sequence validity = ASN1Sequence.getInstance(seq.getObjectAt(i++));
            if (validity.size() != 2) {
                throw GovCaException.malformed("TBSCertificate validity must have two times");
            }
            notBefore = Time.getInstance(validity.getObjectAt(0));
            notAfter = Time.getInstance(validity.getObjectAt(1));
            subject = X500Name.getInstance(seq.getObjectAt(i++));
            publicKey = SubjectPublicKeyInfo.getInstance(seq.getObjectAt(i++));
            boolean ids = false;
            List<Extension> exts = new ArrayList<>();
            for (; i < seq.size(); i++) {
                ASN1TaggedObject tagged = ASN1TaggedObject.getInstance(seq.getObjectAt(i));
                if (tagged.getTagNo() == 3) {
                    for (var e : ASN1Sequence.getInstance(tagged, true)) {
                        exts.add(Extension.getInstance(e));
                    }
                } else {
                    ids = true;
                }
            }
            uniqueIds = ids;
            extensions = List.copyOf(exts);
        } catch (IOException | IllegalArgumentException | IllegalStateException | ClassCastException
                | ArrayIndexOutOfBoundsException e) {
            throw GovCaException.malformed("TBSCertificate cannot be decoded (RFC 5280 §4.1): " + e.getMessage(), e);
        }
    }

    public byte[] tbsDer() {
        return tbsDer.clone();
    }

    public CertificateProfile profile() {
        return profile;
    }

    public IssuerFacts issuer() {
        return issuer;
    }

    /** The signing time the checks use (from the injected clock). */
    public Instant now() {
        return now;
    }

    /** The version field value: 2 for a v3 certificate. */
    public BigInteger version() {
        return version;
    }

    public BigInteger serial() {
        return serial;
    }

    public AlgorithmIdentifier signature() {
        return signature;
    }

    public X500Name issuerName() {
        return issuerName;
    }

    public Time notBefore() {
        return notBefore;
    }

    public Time notAfter() {
        return notAfter;
    }

    public X500Name subject() {
        return subject;
    }

    public SubjectPublicKeyInfo publicKey() {
        return publicKey;
    }

    /** Whether issuerUniqueID or subjectUniqueID is present. */
    public boolean hasUniqueIds() {
        return uniqueIds;
    }

    /** All extensions in encoded order, duplicates included. */
    public List<Extension> extensions() {
        return extensions;
    }

    /** The first extension with {@code oid}. */
    public Optional<Extension> extension(ASN1ObjectIdentifier oid) {
        return extensions.stream().filter(e -> e.getExtnId().equals(oid)).findFirst();
    }
}
