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
 * One step in a key storage device's history (migration V5): what happened, to whom, on which
 * request, by whom and when. Written in the transaction of the change it records, never changed
 * afterwards, so the history agrees with {@link KeyDeviceRecord#holderSubscriberId()}.
 */
@Entity
@Table(name = "key_device_event")
public class KeyDeviceEventRecord {

    /** Longest note stored (column note VARCHAR(1000)). */
    public static final int MAX_NOTE_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "key_device_id", nullable = false, updatable = false)
    private long keyDeviceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private KeyDeviceEventKind kind;

    @Column(name = "subscriber_id", updatable = false)
    private Long subscriberId;

    @Column(name = "ra_request_id", updatable = false)
    private Long raRequestId;

    @Column(name = "actor", nullable = false, updatable = false, length = 128)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "note", updatable = false, length = MAX_NOTE_LENGTH)
    private String note;

    protected KeyDeviceEventRecord() {
    }

    /**
     * @param device       a saved device
     * @param subscriberId the subscriber concerned: the holder after the event, or for
     *                     {@link KeyDeviceEventKind#RETURNED} the one who gave it back; null for none
     * @param raRequestId  the request that caused it (a restore); null for none
     * @param actor        the audit name of who did it
     * @param note         free text, up to {@value #MAX_NOTE_LENGTH} characters (longer is cut); may be null
     */
    public static KeyDeviceEventRecord of(KeyDeviceRecord device, KeyDeviceEventKind kind, Long subscriberId,
                                          Long raRequestId, String actor, String note, Instant at) {
        Objects.requireNonNull(device, "device");
        if (device.id() == null) {
            throw new IllegalArgumentException("key device " + device.serialNumber() + " has not been saved");
        }
        KeyDeviceEventRecord e = new KeyDeviceEventRecord();
        e.keyDeviceId = device.id();
        e.kind = Objects.requireNonNull(kind, "kind");
        e.subscriberId = subscriberId;
        e.raRequestId = raRequestId;
        e.actor = ColumnValues.text("actor", actor, 128);
        e.note = note == null || note.isBlank() ? null : ColumnValues.truncated(note.strip(), MAX_NOTE_LENGTH);
        e.occurredAt = ColumnValues.time("occurred_at", at);
        return e;
    }

    public Long id() {
        return id;
    }

    public long keyDeviceId() {
        return keyDeviceId;
    }

    public KeyDeviceEventKind kind() {
        return kind;
    }

    /** The subscriber concerned at that moment; null for none. */
    public Long subscriberId() {
        return subscriberId;
    }

    /** The request that caused the event; null for none. */
    public Long raRequestId() {
        return raRequestId;
    }

    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    /** Null when there is none. */
    public String note() {
        return note;
    }
}
