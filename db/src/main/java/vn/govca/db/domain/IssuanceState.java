package vn.govca.db.domain;

/** State of one issuance attempt, recorded with the to-be-signed certificate. */
public enum IssuanceState {
    RESERVED, SIGNED, FAILED
}
