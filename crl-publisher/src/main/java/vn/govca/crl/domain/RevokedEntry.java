package vn.govca.crl.domain;

import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.der.DerTime;

/**
 * One entry of a CRL (RFC 5280 §5.1.2.6): the serial of a revoked (or, in a delta CRL, released)
 * certificate, when it was revoked, the CRLReason code (§5.3.1) and optionally the invalidity
 * date (§5.3.2). Times are kept to the second, as the CRL encodes them.
 *
 * <p>Reason codes are those of RFC 5280 §5.3.1: 0 unspecified, 1 keyCompromise, 2 cACompromise,
 * 3 affiliationChanged, 4 superseded, 5 cessationOfOperation, 6 certificateHold, 8 removeFromCRL,
 * 9 privilegeWithdrawn, 10 aACompromise; 7 is unused and refused. removeFromCRL marks a
 * certificate released from hold and appears only in delta CRLs (§5.2.4); such an entry carries
 * no invalidity date.
 *
 * @param serial the certificate serial number: positive, at most 20 octets (§4.1.2.2)
 * @param revocationTime when the CA revoked the certificate (for removeFromCRL: when it was released)
 * @param reasonCode the RFC 5280 CRLReason code
 * @param invalidityDate when the key is known or suspected to have been compromised, or {@code null}
 */
public record RevokedEntry(BigInteger serial, Instant revocationTime, int reasonCode, Instant invalidityDate) {

    public static final int UNSPECIFIED = 0;
    public static final int KEY_COMPROMISE = 1;
    public static final int CA_COMPROMISE = 2;
    public static final int AFFILIATION_CHANGED = 3;
    public static final int SUPERSEDED = 4;
    public static final int CESSATION_OF_OPERATION = 5;
    public static final int CERTIFICATE_HOLD = 6;
    public static final int REMOVE_FROM_CRL = 8;
    public static final int PRIVILEGE_WITHDRAWN = 9;
    public static final int AA_COMPROMISE = 10;

    private static final int MAX_SERIAL_OCTETS = 20;

    /**
     * @throws GovCaException MALFORMED if the serial is not positive or longer than 20 octets,
     *     the reason code is not an RFC 5280 CRLReason (7 and values above 10), a time cannot be
     *     encoded, or a removeFromCRL entry has an invalidity date
     */
    public RevokedEntry {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(revocationTime, "revocationTime");
        if (serial.signum() <= 0 || serial.bitLength() > MAX_SERIAL_OCTETS * 8 - 1) {
            throw GovCaException.malformed("serial " + serial.toString(16)
                    + " must be positive and at most 20 octets (RFC 5280 §4.1.2.2)");
        }
        if (reasonCode < UNSPECIFIED || reasonCode > AA_COMPROMISE || reasonCode == 7) {
            throw GovCaException.malformed("reason code " + reasonCode + " of serial " + serial.toString(16)
                    + " is not an RFC 5280 CRLReason (0-6, 8-10)");
        }
        DerTime.requireEncodable(revocationTime, "revocation time");
        revocationTime = revocationTime.truncatedTo(ChronoUnit.SECONDS);
        if (invalidityDate != null) {
            if (reasonCode == REMOVE_FROM_CRL) {
                throw GovCaException.malformed("removeFromCRL entry " + serial.toString(16)
                        + " cannot carry an invalidity date");
            }
            DerTime.requireEncodable(invalidityDate, "invalidity date");
            invalidityDate = invalidityDate.truncatedTo(ChronoUnit.SECONDS);
        }
    }

    /** A revoked certificate without invalidity date. */
    public static RevokedEntry of(BigInteger serial, Instant revocationTime, int reasonCode) {
        return new RevokedEntry(serial, revocationTime, reasonCode, null);
    }

    /** A revoked certificate with an invalidity date (RFC 5280 §5.3.2). */
    public static RevokedEntry of(BigInteger serial, Instant revocationTime, int reasonCode, Instant invalidityDate) {
        return new RevokedEntry(serial, revocationTime, reasonCode, Objects.requireNonNull(invalidityDate));
    }

    /** A delta CRL entry for a certificate released from hold (removeFromCRL, RFC 5280 §5.3.1). */
    public static RevokedEntry releasedFromHold(BigInteger serial, Instant releasedAt) {
        return new RevokedEntry(serial, releasedAt, REMOVE_FROM_CRL, null);
    }

    /** Whether this entry releases a certificate from hold (reason removeFromCRL, delta CRLs only). */
    public boolean removeFromCrl() {
        return reasonCode == REMOVE_FROM_CRL;
    }

    public Optional<Instant> invalidity() {
        return Optional.ofNullable(invalidityDate);
    }
}
