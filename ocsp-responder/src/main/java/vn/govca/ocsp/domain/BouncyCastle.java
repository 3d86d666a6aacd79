package vn.govca.ocsp.domain;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one Bouncy Castle provider instance the responder uses for signature verification (and
 * that tests and benchmarks use to sign). It is deliberately not registered with
 * {@link java.security.Security}: the responder runs inside WildFly, where a global provider change
 * would affect every deployment. Bouncy Castle's ECDSA signs P-256 several times faster than the
 * JDK's SunEC (measured 5-11x here, see the module README), which is why pki-core's soft token
 * signs EC with it.
 */
public final class BouncyCastle {

    private static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }

    public static Provider provider() {
        return PROVIDER;
    }
}
