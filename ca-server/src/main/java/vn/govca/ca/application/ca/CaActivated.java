package vn.govca.ca.application.ca;

/**
 * A CA became ACTIVE (created with its certificate, or its external certificate imported), fired
 * by {@link CaRecords#activate} and observed after commit, so that the new CA publishes its first
 * CRL (RFC 5280 §5) and is answered by OCSP (RFC 6960) without waiting for a schedule or a restart.
 */
public record CaActivated(long caId, String caName) {
}
