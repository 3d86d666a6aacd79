package vn.govca.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS context of an administrator client: its certificate and key from a PKCS#12 file for
 * client authentication (docs/api.md), and the management CA as the only trust anchor for the
 * server's certificate (RFC 5280 §6 path validation by the JDK's PKIX trust manager).
 */
final class ClientTls {

    private ClientTls() {
    }

    static SSLContext context(Path clientP12, Path passwordFile, Path trustAnchorPem)
            throws IOException, GeneralSecurityException {
        char[] password = firstLine(passwordFile).toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(clientP12)) {
            keys.load(in, password);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);

        KeyStore anchors = KeyStore.getInstance("PKCS12");
        anchors.load(null, null);
        try (InputStream in = Files.newInputStream(trustAnchorPem)) {
            int i = 0;
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                anchors.setCertificateEntry("anchor-" + i++, c);
            }
            if (i == 0) {
                throw new IllegalArgumentException("no certificate in " + trustAnchorPem);
            }
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(anchors);

        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return ctx;
    }

    /** The first line of a secret file (the convention of GovCA's password files). */
    static String firstLine(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int nl = text.indexOf('\n');
        String line = (nl < 0 ? text : text.substring(0, nl)).replace("\r", "");
        if (line.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty: its first line must hold the secret");
        }
        return line;
    }
}
