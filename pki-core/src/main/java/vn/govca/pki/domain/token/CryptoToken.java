package vn.govca.pki.domain.token;

import java.security.PublicKey;
import java.util.List;
import org.bouncycastle.operator.ContentSigner;
import vn.govca.pki.domain.key.KeySpec;
import vn.govca.pki.domain.key.SignatureAlgorithm;

/**
 * A store of private keys that signs without ever letting a key out (DESIGN invariant 3): a
 * PKCS#11 HSM or a password-protected PKCS#12 file. Callers get Bouncy Castle
 * {@link ContentSigner}s and public keys; no {@code PrivateKey} and no PKCS#11 session crosses
 * this interface, so certificate, CRL and OCSP code cannot leak or misuse key material.
 *
 * <p>Life cycle: a token is opened inactive ({@link CryptoTokens#open(TokenConfig)}), becomes
 * usable after {@link #activate()} (PKCS#11 {@code C_Login}, PKCS#12 decryption) and inactive
 * again after {@link #close()}; it may be activated again. While inactive every method except
 * {@link #name()}, {@link #status()}, {@link #activate()} and {@link #close()} throws
 * {@code GovCaException} UNAVAILABLE.
 *
 * <p>Thread-safe: many threads may call {@link #signer} and sign concurrently with one token.
 * Each {@code signer} call returns a new single-use-at-a-time {@code ContentSigner}; do not share
 * one signer between threads.
 *
 * <p>Aliases follow {@link KeyAlias} (lower case, digits, {@code . _ -}); a malformed alias is
 * MALFORMED.
 */
public interface CryptoToken extends AutoCloseable {

    /** The token's name from its configuration ({@code token.<name>.*}). */
    String name();

    /** Whether the token is logged in, and if not, why. Never throws. */
    TokenStatus status();

    /**
     * Logs in (PKCS#11) or opens the key store (soft; created when missing). Does nothing if
     * already active.
     *
     * @throws vn.govca.pki.domain.GovCaException UNAVAILABLE with the reason (wrong PIN or
     *     password, library missing, slot not found, unreadable file); the PIN is never part of it
     */
    void activate();

    /**
     * Generates a key pair inside the token and stores it under {@code alias}; the private key
     * never leaves the token (PKCS#11: CKA_SENSITIVE, not CKA_EXTRACTABLE, a token object).
     *
     * @return the new public key
     * @throws vn.govca.pki.domain.GovCaException CONFLICT if {@code alias} exists
     */
    PublicKey generateKeyPair(String alias, KeySpec spec);

    /** Whether a key pair is stored under {@code alias}. */
    boolean hasKey(String alias);

    /**
     * @throws vn.govca.pki.domain.GovCaException NOT_FOUND if there is no key under {@code alias}
     */
    PublicKey publicKey(String alias);

    /**
     * A signer for the key {@code alias} with a JCA signature algorithm name such as
     * {@code SHA256withRSA} or {@code SHA384withECDSA}; {@link SignatureAlgorithm#jcaName()} of
     * every algorithm that {@link SignatureAlgorithm#matches matches} the key works.
     *
     * @throws vn.govca.pki.domain.GovCaException NOT_FOUND if there is no such key;
     *     POLICY_VIOLATION if the algorithm is unknown, does not fit the key or the token cannot
     *     perform it
     */
    ContentSigner signer(String alias, String signatureAlgorithm);

    /**
     * A signer with the key's default algorithm, {@link SignatureAlgorithm#defaultFor(KeySpec)}.
     *
     * @throws vn.govca.pki.domain.GovCaException NOT_FOUND if there is no such key
     */
    ContentSigner signer(String alias);

    /**
     * Whether a signature is computation in this JVM (a soft token) rather than a call to a
     * device that may wait (PKCS#11): then it takes tens of microseconds of CPU and never blocks,
     * and an HTTP I/O thread may sign without handing the work to a worker thread.
     */
    default boolean signsInProcess() {
        return false;
    }

    /** The aliases of all key pairs in the token, sorted. */
    List<String> aliases();

    /**
     * Destroys the key pair {@code alias} in the token. Irreversible.
     *
     * @throws vn.govca.pki.domain.GovCaException NOT_FOUND if there is no such key
     */
    void deleteKey(String alias);

    /** Logs out and forgets in-memory keys; the token becomes inactive. Never throws. */
    @Override
    void close();
}
