package vn.govca.db.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.govca.db.domain.KeyDeviceKind;
import vn.govca.db.domain.KeyDeviceRecord;

/** Key storage devices, unique by kind and serial number (uq_key_device_kind_serial). */
public final class KeyDeviceRepository {

    private final EntityManager em;

    public KeyDeviceRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /** @throws DuplicateKeyException a device of this kind with this serial is already registered */
    public KeyDeviceRecord save(KeyDeviceRecord device) {
        Objects.requireNonNull(device, "device");
        if (device.id() == null) {
            UniqueViolations.persistAndFlush(em, device, cause -> new DuplicateKeyException(
                    "uq_key_device_kind_serial", device.kind() + " " + device.serialNumber()
                    + " is already registered", cause));
        } else {
            em.flush();
        }
        return device;
    }

    public Optional<KeyDeviceRecord> byId(long id) {
        return Optional.ofNullable(em.find(KeyDeviceRecord.class, id));
    }

    public Optional<KeyDeviceRecord> bySerial(KeyDeviceKind kind, String serialNumber) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(serialNumber, "serialNumber");
        return em.createQuery("SELECT d FROM KeyDeviceRecord d WHERE d.kind = :kind AND d.serialNumber = :serial",
                        KeyDeviceRecord.class)
                .setParameter("kind", kind)
                .setParameter("serial", serialNumber.strip())
                .getResultStream().findFirst();
    }

    /** The devices a subscriber holds. */
    public List<KeyDeviceRecord> heldBy(long subscriberId) {
        return em.createQuery("SELECT d FROM KeyDeviceRecord d WHERE d.holderSubscriberId = :s ORDER BY d.id",
                        KeyDeviceRecord.class)
                .setParameter("s", subscriberId)
                .getResultList();
    }
}
