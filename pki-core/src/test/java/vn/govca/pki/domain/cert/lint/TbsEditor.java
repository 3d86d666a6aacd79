package vn.govca.pki.domain.cert.lint;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.Time;

/**
 * Crafts bad to-be-signed certificates for the lint tests: starts from a good TBS (decoded by
 * {@link LintTarget}), changes one field, and re-encodes the DER by hand, so that it can express
 * what Bouncy Castle's builders refuse (duplicate extensions, unique IDs, odd times).
 */
final class TbsEditor {

    private Integer version;
    private BigInteger serial;
    private AlgorithmIdentifier signature;
    private X500Name issuer;
    private ASN1Encodable notBefore;
    private ASN1Encodable notAfter;
    private X500Name subject;
    private SubjectPublicKeyInfo publicKey;
    private boolean uniqueId;
    private final List<Extension> extensions;

    TbsEditor(LintTarget t) {
        version = t.version().intValue();
        serial = t.serial();
        signature = t.signature();
        issuer = t.issuerName();
        notBefore = t.notBefore();
        notAfter = t.notAfter();
        subject = t.subject();
        publicKey = t.publicKey();
        extensions = new ArrayList<>(t.extensions());
    }

    TbsEditor version(Integer v) {
        version = v;
        return this;
    }

    TbsEditor serial(BigInteger v) {
        serial = v;
        return this;
    }

    TbsEditor signature(AlgorithmIdentifier v) {
        signature = v;
        return this;
    }

    TbsEditor issuer(X500Name v) {
        issuer = v;
        return this;
    }

    TbsEditor validity(ASN1Encodable from, ASN1Encodable to) {
        notBefore = from;
        notAfter = to;
        return this;
    }

    TbsEditor validity(java.time.Instant from, java.time.Instant to) {
        return validity(new Time(java.util.Date.from(from)), new Time(java.util.Date.from(to)));
    }

    TbsEditor subject(X500Name v) {
        subject = v;
        return this;
    }

    TbsEditor publicKey(SubjectPublicKeyInfo v) {
        publicKey = v;
        return this;
    }

    TbsEditor withUniqueId() {
        uniqueId = true;
        return this;
    }

    TbsEditor remove(ASN1ObjectIdentifier oid) {
        extensions.removeIf(e -> e.getExtnId().equals(oid));
        return this;
    }

    TbsEditor removeAllExtensions() {
        extensions.clear();
        return this;
    }

    /** Replaces the extension with the same OID in place, or appends it. */
    TbsEditor put(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
        Extension e = extension(oid, critical, value);
        for (int i = 0; i < extensions.size(); i++) {
            if (extensions.get(i).getExtnId().equals(oid)) {
                extensions.set(i, e);
                return this;
            }
        }
        extensions.add(e);
        return this;
    }

    /** Appends, even if an extension with that OID exists. */
    TbsEditor append(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
        extensions.add(extension(oid, critical, value));
        return this;
    }

    /** Flips the critical flag of the extension {@code oid}. */
    TbsEditor critical(ASN1ObjectIdentifier oid, boolean critical) {
        for (int i = 0; i < extensions.size(); i++) {
            Extension e = extensions.get(i);
            if (e.getExtnId().equals(oid)) {
                extensions.set(i, new Extension(oid, critical, e.getExtnValue()));
            }
        }
        return this;
    }

    private static Extension extension(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
        try {
            return new Extension(oid, critical, value.toASN1Primitive().getEncoded(ASN1Encoding.DER));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] encode() {
        ASN1EncodableVector v = new ASN1EncodableVector();
        if (version != null) {
            v.add(new DERTaggedObject(true, 0, new ASN1Integer(version)));
        }
        v.add(new ASN1Integer(serial));
        v.add(signature);
        v.add(issuer);
        v.add(new DERSequence(new ASN1Encodable[] {notBefore, notAfter}));
        v.add(subject);
        v.add(publicKey);
        if (uniqueId) {
            v.add(new DERTaggedObject(false, 2, new DERBitString(new byte[] {1, 2, 3})));
        }
        if (!extensions.isEmpty()) {
            v.add(new DERTaggedObject(true, 3, new DERSequence(extensions.toArray(Extension[]::new))));
        }
        try {
            return new DERSequence(v).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
