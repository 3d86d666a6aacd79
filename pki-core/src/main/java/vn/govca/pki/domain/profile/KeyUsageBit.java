package vn.govca.pki.domain.profile;

import java.util.Arrays;
import org.bouncycastle.asn1.x509.KeyUsage;
import vn.govca.pki.domain.GovCaException;

/** The key usage bits of RFC 5280 §4.2.1.3, named as the RFC names them. */
public enum KeyUsageBit {
    DIGITAL_SIGNATURE("digitalSignature", KeyUsage.digitalSignature),
    NON_REPUDIATION("nonRepudiation", KeyUsage.nonRepudiation),
    KEY_ENCIPHERMENT("keyEncipherment", KeyUsage.keyEncipherment),
    DATA_ENCIPHERMENT("dataEncipherment", KeyUsage.dataEncipherment),
    KEY_AGREEMENT("keyAgreement", KeyUsage.keyAgreement),
    KEY_CERT_SIGN("keyCertSign", KeyUsage.keyCertSign),
    CRL_SIGN("cRLSign", KeyUsage.cRLSign);

    private final String rfcName;
    private final int mask;

    KeyUsageBit(String rfcName, int mask) {
        this.rfcName = rfcName;
        this.mask = mask;
    }

    /** The RFC 5280 name, e.g. {@code nonRepudiation} (also called contentCommitment). */
    public String rfcName() {
        return rfcName;
    }

    /** The Bouncy Castle {@link KeyUsage} mask. */
    public int mask() {
        return mask;
    }

    /** @throws GovCaException MALFORMED for an unknown name */
    public static KeyUsageBit byName(String name) {
        return Arrays.stream(values()).filter(b -> b.rfcName.equals(name)).findFirst()
                .orElseThrow(() -> GovCaException.malformed("key usage '" + name + "' is unknown"));
    }

    @Override
    public String toString() {
        return rfcName;
    }
}
