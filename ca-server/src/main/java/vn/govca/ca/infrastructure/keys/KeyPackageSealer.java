package vn.govca.ca.infrastructure.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import vn.govca.pki.domain.GovCaException;

/**
 * Seals a server-generated subscriber key (PKCS#8) while it waits in the database for its one
 * download (issue 4, server-side key generation): AES-256-GCM under a key derived from the
 * server's secret key file (HMAC-SHA256 with a purpose label, so the audit MAC key itself never
 * encrypts anything). A database dump alone does not reveal a waiting key; the downloader chooses
 * the PKCS#12 password when taking it, and the sealed copy is erased then.
 */
public final class KeyPackageSealer {

    private static final String LABEL = "govca/key-package/aes-256-gcm/v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random;

    /** @param serverSecret the server's secret key material (at least 32 bytes) */
    public KeyPackageSealer(byte[] serverSecret, SecureRandom random) {
        if (serverSecret.length < 32) {
            throw new IllegalArgumentException("server secret has " + serverSecret.length + " bytes; 32 required");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(serverSecret, "HmacSHA256"));
            byte[] derived = mac.doFinal(LABEL.getBytes(StandardCharsets.US_ASCII));
            this.key = new SecretKeySpec(derived, "AES");
            Arrays.fill(derived, (byte) 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
        this.random = random;
    }

    /** IV ‖ AES-GCM(ciphertext ‖ tag) of {@code plain}. */
    public byte[] seal(byte[] plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            c.updateAAD(LABEL.getBytes(StandardCharsets.US_ASCII));
            byte[] body = c.doFinal(plain);
            byte[] out = Arrays.copyOf(iv, IV_BYTES + body.length);
            System.arraycopy(body, 0, out, IV_BYTES, body.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw GovCaException.internal("cannot seal the key package", e);
        }
    }

    /** The sealed bytes, or INTERNAL when they were altered or sealed under another server secret. */
    public byte[] open(byte[] sealed) {
        if (sealed.length <= IV_BYTES) {
            throw GovCaException.internal("key package of " + sealed.length + " bytes is truncated", null);
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            c.updateAAD(LABEL.getBytes(StandardCharsets.US_ASCII));
            return c.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw GovCaException.internal("key package does not open: altered, or sealed by another server key", e);
        }
    }
}
