package vn.govca.db.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A key storage device (thiết bị lưu khóa bí mật): a USB token, a SIM-PKI card or a remote signing
 * key, known by its kind and serial number (unique together), registered to an agency and
 * handed over to a subscriber (form 07).
 */
@Entity
@Table(name = "key_device")
public class KeyDeviceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private KeyDeviceKind kind;

    @Column(name = "serial_number", nullable = false, updatable = false, length = 64)
    private String serialNumber;

    @Column(name = "holder_subscriber_id")
    private Long holderSubscriberId;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected KeyDeviceRecord() {
    }

    /** @param serialNumber as printed on the device; surrounding spaces are dropped */
    public static KeyDeviceRecord register(KeyDeviceKind kind, String serialNumber, long agencyId, Instant at) {
        KeyDeviceRecord d = new KeyDeviceRecord();
        d.kind = Objects.requireNonNull(kind, "kind");
        d.serialNumber = ColumnValues.text("serial number", serialNumber == null ? null : serialNumber.strip(), 64);
        d.agencyId = agencyId;
        d.createdAt = ColumnValues.time("created_at", at);
        return d;
    }

    /** Form 07: the device now holds {@code subscriberId}'s key. */
    public void handOverTo(long subscriberId) {
        this.holderSubscriberId = subscriberId;
    }

    /** The device went back to its agency (holder left, certificate revoked). */
    public void returnToAgency() {
        this.holderSubscriberId = null;
    }

    public Long id() {
        return id;
    }

    public KeyDeviceKind kind() {
        return kind;
    }

    public String serialNumber() {
        return serialNumber;
    }

    /** Null while the agency holds it. */
    public Long holderSubscriberId() {
        return holderSubscriberId;
    }

    public long agencyId() {
        return agencyId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
