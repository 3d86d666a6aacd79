package vn.govca.db.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import vn.govca.db.domain.KeyDeviceEventRecord;

/**
 * The history of key storage devices (key_device_event, migration V5), read oldest first through
 * ix_key_device_event_device_time. Rows are only added. Callers check scope on the device first
 * ({@link KeyDeviceRepository#byIdInScope}): an event is in a scope when its device is.
 */
public final class KeyDeviceEventRepository {

    /** Device ids per IN list: far below any engine's limit on bound parameters. */
    static final int IN_CHUNK = 500;

    private final EntityManager em;

    public KeyDeviceEventRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /** Stores a new event (its id is known afterwards). */
    public KeyDeviceEventRecord add(KeyDeviceEventRecord event) {
        Objects.requireNonNull(event, "event");
        em.persist(event);
        em.flush();
        return event;
    }

    /** One device's history, oldest first. */
    public List<KeyDeviceEventRecord> history(long deviceId) {
        return em.createQuery("SELECT e FROM KeyDeviceEventRecord e WHERE e.keyDeviceId = :d"
                        + " ORDER BY e.occurredAt, e.id", KeyDeviceEventRecord.class)
                .setParameter("d", deviceId)
                .getResultList();
    }

    /** The histories of several devices, by device id, each oldest first. */
    public List<KeyDeviceEventRecord> histories(Collection<Long> deviceIds) {
        Objects.requireNonNull(deviceIds, "deviceIds");
        List<Long> ids = deviceIds.stream().distinct().sorted().toList();
        List<KeyDeviceEventRecord> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            out.addAll(em.createQuery("SELECT e FROM KeyDeviceEventRecord e WHERE e.keyDeviceId IN :ids"
                            + " ORDER BY e.keyDeviceId, e.occurredAt, e.id", KeyDeviceEventRecord.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_CHUNK)))
                    .getResultList());
        }
        return out;
    }
}
