package vn.govca.db.domain;

/** Where a subscriber's private key lives: a USB token, a SIM-PKI card, or a remote (centralized) signing service. */
public enum KeyDeviceKind {
    USB_TOKEN, SIM_PKI, REMOTE
}
