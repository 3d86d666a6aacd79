package vn.govca.db.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.govca.db.domain.KeyDeviceKind;
import vn.govca.db.domain.KeyDeviceRecord;
import vn.govca.db.domain.RaScope;

/**
 * Key storage devices, unique by kind and serial number (uq_key_device_kind_serial). A device is
 * in a scope when the agency it is registered to is (the agency's own province and path), so a
 * subscriber manager reaches only their agencies' devices.
 */
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

    /** The device if its agency is inside {@code scope}; empty when it does not exist or is outside. */
    public Optional<KeyDeviceRecord> byIdInScope(long id, RaScope scope) {
        JpqlWhere agencies = new JpqlWhere().agencyScope(scope, "a");
        return agencies.bind(em.createQuery("SELECT d FROM KeyDeviceRecord d WHERE d.id = :id AND d.agencyId IN"
                                + " (SELECT a.id FROM AgencyRecord a" + agencies.sql() + ")", KeyDeviceRecord.class)
                        .setParameter("id", id))
                .getResultStream().findFirst();
    }

    /** The devices registered to an agency that no subscriber holds (returned, or not yet handed over), by id. */
    public List<KeyDeviceRecord> heldByAgency(long agencyId) {
        return em.createQuery("SELECT d FROM KeyDeviceRecord d WHERE d.agencyId = :a AND d.holderSubscriberId IS NULL"
                        + " ORDER BY d.id", KeyDeviceRecord.class)
                .setParameter("a", agencyId)
                .getResultList();
    }

    /** The devices a subscriber holds. */
    public List<KeyDeviceRecord> heldBy(long subscriberId) {
        return em.createQuery("SELECT d FROM KeyDeviceRecord d WHERE d.holderSubscriberId = :s ORDER BY d.id",
                        KeyDeviceRecord.class)
                .setParameter("s", subscriberId)
                .getResultList();
    }
}
