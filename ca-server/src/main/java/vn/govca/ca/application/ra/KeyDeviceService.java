package vn.govca.ca.application.ra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.ra.KeyDeviceSerial;
import vn.govca.ca.domain.ra.RaAction;
import vn.govca.ca.domain.ra.RaPolicy;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.audit.AuditOutcome;
import vn.govca.db.domain.KeyDeviceEventKind;
import vn.govca.db.domain.KeyDeviceEventRecord;
import vn.govca.db.domain.KeyDeviceKind;
import vn.govca.db.domain.KeyDeviceRecord;
import vn.govca.db.domain.RaRequestRecord;
import vn.govca.db.domain.SubscriberRecord;
import vn.govca.db.infrastructure.DuplicateKeyException;
import vn.govca.db.infrastructure.KeyDeviceEventRepository;
import vn.govca.db.infrastructure.KeyDeviceRepository;
import vn.govca.pki.domain.GovCaException;

/**
 * Key storage devices (thiết bị lưu khóa bí mật: USB token, SIM-PKI, remote signing key) with
 * their serial number and holder (issue 4; form 07 "device handover"). A device is registered to
 * the managing agency of the subscriber who receives it; it may be handed over to another
 * subscriber of that agency or go back to the agency, from where it can be handed over again.
 * Scope is the agency's: a subscriber manager reaches only their agencies' devices, and a device
 * outside the caller's scope is "not found" like one that does not exist. Every change is audited
 * and written to the device's history (key_device_event, migration V5) in its transaction; an
 * approved TOKEN_RESTORE request (form 06) adds a RESTORED event through {@link #restoreLocked}.
 */
@ApplicationScoped
public class KeyDeviceService {

    public static final String DEVICE_REGISTERED = "RA_KEY_DEVICE_REGISTERED";
    public static final String DEVICE_HANDED_OVER = "RA_KEY_DEVICE_HANDED_OVER";
    public static final String DEVICE_RETURNED = "RA_KEY_DEVICE_RETURNED";
    public static final String DEVICE_RESTORED = "RA_KEY_DEVICE_RESTORED";

    @PersistenceContext
    EntityManager em;

    @Inject
    RaRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    ServerContext context;

    /** The devices a subscriber in scope holds, oldest first. */
    public List<KeyDeviceRecord> heldBy(Principal who, long subscriberId) {
        RaPolicy.require(who, RaAction.VIEW);
        records.subscriber(who, subscriberId);
        return new KeyDeviceRepository(em).heldBy(subscriberId);
    }

    /** The devices of an agency in scope that no subscriber holds: the stock to hand over from. */
    public List<KeyDeviceRecord> agencyStock(Principal who, long agencyId) {
        RaPolicy.require(who, RaAction.VIEW);
        records.agency(who, agencyId);
        return new KeyDeviceRepository(em).heldByAgency(agencyId);
    }

    public KeyDeviceRecord get(Principal who, long id) {
        RaPolicy.require(who, RaAction.VIEW);
        return device(who, id);
    }

    /** A device in scope's history, oldest first; NOT_FOUND like {@link #get} outside the scope. */
    public List<KeyDeviceEventRecord> history(Principal who, long id) {
        RaPolicy.require(who, RaAction.VIEW);
        return new KeyDeviceEventRepository(em).history(device(who, id).id());
    }

    /**
     * What a subscriber's devices page shows, read in one go: the devices the subscriber holds, the
     * stock of their agency, and the history of all of these (by device, oldest first).
     */
    public record Overview(List<KeyDeviceRecord> held, List<KeyDeviceRecord> stock,
                           List<KeyDeviceEventRecord> history) {
    }

    /** The subscriber (in scope) and agency devices with their histories, for the devices page. */
    public Overview overview(Principal who, long subscriberId) {
        RaPolicy.require(who, RaAction.VIEW);
        SubscriberRecord s = records.subscriber(who, subscriberId);
        KeyDeviceRepository repo = new KeyDeviceRepository(em);
        List<KeyDeviceRecord> held = repo.heldBy(s.id());
        List<KeyDeviceRecord> stock = repo.heldByAgency(s.agencyId());
        List<Long> ids = new ArrayList<>();
        held.forEach(d -> ids.add(d.id()));
        stock.forEach(d -> ids.add(d.id()));
        return new Overview(held, stock, new KeyDeviceEventRepository(em).histories(ids));
    }

    /**
     * The device a TOKEN_RESTORE request names, checked at filing and submission: in the caller's
     * scope (NOT_FOUND otherwise, like any other record) and held by the request's subscriber now
     * (CONFLICT otherwise: hand it over first, or name the device they hold).
     */
    public KeyDeviceRecord requireHeldBy(Principal who, long deviceId, long subscriberId) {
        KeyDeviceRecord d = device(who, deviceId);
        requireHolder(d, subscriberId);
        return d;
    }

    /**
     * Form 06 executed: records that the device of an APPROVED TOKEN_RESTORE request was restored
     * (unblocked), with the request, the executing reviewer and the request's note, and audits it —
     * in the caller's transaction, which also completes the request. CONFLICT when the device has
     * been handed to someone else or returned since the request was filed.
     */
    public KeyDeviceEventRecord restoreLocked(Principal who, RaRequestRecord request, Instant at) {
        if (request.keyDeviceId() == null) {
            throw GovCaException.malformed("request #" + request.id() + " names no key device to restore");
        }
        KeyDeviceRecord d = deviceForUpdate(who, request.keyDeviceId());
        requireHolder(d, request.subscriberId());
        KeyDeviceEventRecord event = new KeyDeviceEventRepository(em).add(KeyDeviceEventRecord.of(d,
                KeyDeviceEventKind.RESTORED, request.subscriberId(), request.id(), who.auditName(), request.note(), at));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", d.kind().name());
        details.put("serialNumber", d.serialNumber());
        details.put("agencyId", d.agencyId());
        details.put("holderSubscriberId", d.holderSubscriberId());
        details.put("requestId", request.id());
        audit.record(who.auditName(), DEVICE_RESTORED, target(d), AuditOutcome.SUCCESS, details);
        return event;
    }

    /**
     * Registers a new device to the subscriber's agency and hands it to the subscriber. CONFLICT
     * when a device of this kind and serial is already registered (anywhere: serials are unique).
     *
     * @param serialNumber as printed on the device; stored in upper case ({@link KeyDeviceSerial})
     */
    @Transactional
    public KeyDeviceRecord register(Principal who, long subscriberId, KeyDeviceKind kind, String serialNumber) {
        RaPolicy.require(who, RaAction.MANAGE_SUBSCRIBERS);
        SubscriberRecord holder = records.subscriber(who, subscriberId);
        if (kind == null) {
            throw GovCaException.malformed("device kind is required: USB_TOKEN, SIM_PKI or REMOTE");
        }
        KeyDeviceSerial serial = KeyDeviceSerial.parse(serialNumber);
        KeyDeviceRepository repo = new KeyDeviceRepository(em);
        Optional<KeyDeviceRecord> existing = repo.bySerial(kind, serial.value());
        if (existing.isPresent()) {
            throw duplicate(who, kind, serial, existing.get());
        }
        KeyDeviceRecord d = KeyDeviceRecord.register(kind, serial.value(), holder.agencyId(), context.clock().instant());
        d.handOverTo(holder.id());
        try {
            repo.save(d);
        } catch (DuplicateKeyException e) {
            throw GovCaException.conflict(kind + " " + serial + " is already registered");
        }
        event(who, d, KeyDeviceEventKind.REGISTERED, holder.id());
        audit.record(who.auditName(), DEVICE_REGISTERED, target(d), AuditOutcome.SUCCESS, describe(d, null));
        return d;
    }

    /**
     * Form 07: the device now holds {@code subscriberId}'s key. The new holder must be a subscriber
     * of the device's agency (POLICY_VIOLATION otherwise); CONFLICT when they already hold it.
     */
    @Transactional
    public KeyDeviceRecord handOver(Principal who, long deviceId, long subscriberId) {
        RaPolicy.require(who, RaAction.MANAGE_SUBSCRIBERS);
        KeyDeviceRecord d = deviceForUpdate(who, deviceId);
        SubscriberRecord holder = records.subscriber(who, subscriberId);
        if (holder.agencyId() != d.agencyId()) {
            throw GovCaException.policy("key device #" + d.id() + " belongs to agency #" + d.agencyId()
                    + "; subscriber #" + holder.id() + " is managed by agency #" + holder.agencyId()
                    + " and may receive only that agency's devices");
        }
        if (Objects.equals(d.holderSubscriberId(), holder.id())) {
            throw GovCaException.conflict("subscriber #" + holder.id() + " already holds key device #" + d.id());
        }
        Long from = d.holderSubscriberId();
        d.handOverTo(holder.id());
        new KeyDeviceRepository(em).save(d);
        event(who, d, KeyDeviceEventKind.HANDED_OVER, holder.id());
        audit.record(who.auditName(), DEVICE_HANDED_OVER, target(d), AuditOutcome.SUCCESS, describe(d, from));
        return d;
    }

    /** The device went back to its agency (holder left, certificate revoked); CONFLICT when nobody holds it. */
    @Transactional
    public KeyDeviceRecord returnToAgency(Principal who, long deviceId) {
        RaPolicy.require(who, RaAction.MANAGE_SUBSCRIBERS);
        KeyDeviceRecord d = deviceForUpdate(who, deviceId);
        if (d.holderSubscriberId() == null) {
            throw GovCaException.conflict("key device #" + d.id() + " is already with agency #" + d.agencyId());
        }
        Long from = d.holderSubscriberId();
        d.returnToAgency();
        new KeyDeviceRepository(em).save(d);
        event(who, d, KeyDeviceEventKind.RETURNED, from);
        audit.record(who.auditName(), DEVICE_RETURNED, target(d), AuditOutcome.SUCCESS, describe(d, from));
        return d;
    }

    /** The history row of a change, in the change's transaction (before its audit row, the last step). */
    private void event(Principal who, KeyDeviceRecord d, KeyDeviceEventKind kind, Long subscriberId) {
        new KeyDeviceEventRepository(em).add(KeyDeviceEventRecord.of(d, kind, subscriberId, null, who.auditName(), null,
                context.clock().instant()));
    }

    private static void requireHolder(KeyDeviceRecord d, long subscriberId) {
        if (!Objects.equals(d.holderSubscriberId(), subscriberId)) {
            throw GovCaException.conflict("subscriber #" + subscriberId + " does not hold key device #" + d.id()
                    + " (" + d.kind() + " " + d.serialNumber() + ") now: "
                    + (d.holderSubscriberId() == null ? "it is back with agency #" + d.agencyId()
                    : "it was handed over to another subscriber")
                    + "; only the device a subscriber holds can be restored");
        }
    }

    private KeyDeviceRecord device(Principal who, long id) {
        return new KeyDeviceRepository(em).byIdInScope(id, who.requireScope())
                .orElseThrow(() -> GovCaException.notFound("key device #" + id + " not found"));
    }

    /** The device, locked for this transaction: two handovers of one device serialize. */
    private KeyDeviceRecord deviceForUpdate(Principal who, long id) {
        KeyDeviceRecord d = device(who, id);
        em.refresh(d, LockModeType.PESSIMISTIC_WRITE);
        return d;
    }

    /** The conflict names the registered device only when the caller may see it (no probing of other scopes). */
    private GovCaException duplicate(Principal who, KeyDeviceKind kind, KeyDeviceSerial serial, KeyDeviceRecord d) {
        boolean visible = new KeyDeviceRepository(em).byIdInScope(d.id(), who.requireScope()).isPresent();
        return GovCaException.conflict(kind + " " + serial + " is already registered"
                + (visible ? " as key device #" + d.id() + " of agency #" + d.agencyId()
                + "; hand it over instead of registering it again" : " in another agency"));
    }

    private static String target(KeyDeviceRecord d) {
        return "key device #" + d.id();
    }

    private static Map<String, Object> describe(KeyDeviceRecord d, Long fromHolder) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", d.kind().name());
        m.put("serialNumber", d.serialNumber());
        m.put("agencyId", d.agencyId());
        m.put("fromHolderSubscriberId", fromHolder);
        m.put("holderSubscriberId", d.holderSubscriberId());
        return m;
    }
}
