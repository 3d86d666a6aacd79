package vn.govca.crl.domain;

import java.math.BigInteger;
import java.time.Instant;

/**
 * What a CRL writer produced and checked: a CRL of {@code entryCount} entries, {@code length}
 * DER octets, whose signature verified with the issuer key. For the publication record and the
 * audit event "CRL issued" (DESIGN invariant 6).
 */
public record WrittenCrl(BigInteger crlNumber, boolean delta, long entryCount, long length,
        Instant thisUpdate, Instant nextUpdate) {
}
