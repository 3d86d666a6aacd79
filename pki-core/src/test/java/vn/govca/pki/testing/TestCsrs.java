package vn.govca.pki.testing;

import java.io.IOException;
import java.security.KeyPair;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.pkcs.PKCS10CertificationRequestBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import vn.govca.pki.domain.cert.Pem;

/** PKCS#10 requests made with Bouncy Castle's own builders, as a subscriber's software would. */
public final class TestCsrs {

    private TestCsrs() {
    }

    /** DER of a request for {@code subject} signed by {@code key} with {@code algorithm}, with optional SANs. */
    public static byte[] der(X500Name subject, KeyPair key, String algorithm, GeneralName... sans) {
        try {
            PKCS10CertificationRequestBuilder b = new JcaPKCS10CertificationRequestBuilder(subject, key.getPublic());
            if (sans.length > 0) {
                ExtensionsGenerator g = new ExtensionsGenerator();
                g.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(sans));
                b.addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, g.generate());
            }
            return b.build(TestKeys.signer(key.getPrivate(), algorithm)).getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(X500Name subject, KeyPair key, String algorithm, GeneralName... sans) {
        return Pem.encode(Pem.CERTIFICATE_REQUEST, der(subject, key, algorithm, sans));
    }
}
