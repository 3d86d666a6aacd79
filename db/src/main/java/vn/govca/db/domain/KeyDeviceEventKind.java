package vn.govca.db.domain;

/**
 * What happened to a key storage device: registered to an agency and given to a subscriber, handed
 * over to another subscriber (form 07), returned to the agency, restored (unblocked) on an approved
 * TOKEN_RESTORE request (form 06).
 */
public enum KeyDeviceEventKind {
    REGISTERED, HANDED_OVER, RETURNED, RESTORED
}
