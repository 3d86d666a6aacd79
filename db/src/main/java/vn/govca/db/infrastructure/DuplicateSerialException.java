package vn.govca.db.infrastructure;

/**
 * The serial number is already taken for this CA ({@code uq_certificate_ca_serial}); DESIGN
 * invariant 1 forbids issuing it twice. The caller draws a new random serial and reserves
 * again in a new transaction (this one is marked for roll-back).
 */
public final class DuplicateSerialException extends DuplicateKeyException {

    private final long caId;
    private final String serialHex;

    public DuplicateSerialException(long caId, String serialHex, Throwable cause) {
        super("uq_certificate_ca_serial",
                "serial " + serialHex + " is already reserved or issued by CA " + caId, cause);
        this.caId = caId;
        this.serialHex = serialHex;
    }

    public long caId() {
        return caId;
    }

    public String serialHex() {
        return serialHex;
    }
}
