package vn.govca.ca.interfaces.faces.ra;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.govca.ca.application.ra.KeyDeviceService;
import vn.govca.ca.application.ra.SubscriberService;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.ra.RaAction;
import vn.govca.ca.interfaces.faces.RaSession;
import vn.govca.db.domain.KeyDeviceEventRecord;
import vn.govca.db.domain.KeyDeviceKind;
import vn.govca.db.domain.KeyDeviceRecord;
import vn.govca.db.domain.SubscriberRecord;
import vn.govca.pki.domain.GovCaException;

/**
 * A subscriber's key storage devices ({@code subscribers/devices.xhtml?subscriber=ID}, reached from
 * the subscribers list): the devices they hold, with "return to the agency"; the agency's devices
 * nobody holds, with "hand over to this subscriber" (form 07); the history of all these devices
 * (registered, handed over, returned, restored on a token restore request); and the form registering
 * a new device (kind, serial number). A held device links to a new token restore request (form 06).
 * {@link KeyDeviceService} checks role and scope; the page only hides the actions from readers who
 * may not use them.
 */
@Named
@ViewScoped
public class KeyDevicesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One device as the tables show it. */
    public record DeviceRow(long id, String kind, String serialNumber, Instant createdAt) implements Serializable {
        static DeviceRow of(KeyDeviceRecord d) {
            return new DeviceRow(d.id(), d.kind().name(), d.serialNumber(), d.createdAt());
        }
    }

    /** One step of a device's history as the history table shows it. */
    public record EventRow(long deviceId, String deviceKind, String serialNumber, String kind, Instant at,
                           Long subscriberId, Long requestId, String actor, String note) implements Serializable {
    }

    @Inject
    KeyDeviceService keyDevices;

    @Inject
    SubscriberService subscribers;

    @Inject
    RaSession session;

    private Long subscriber;
    private boolean found;
    private boolean manager;
    private boolean filer;
    private String subscriberName;
    private long agencyId;
    private List<DeviceRow> held = List.of();
    private List<DeviceRow> stock = List.of();
    private List<EventRow> history = List.of();
    private String kind = KeyDeviceKind.USB_TOKEN.name();
    private String serialNumber;

    /** View action: the subscriber (in scope, else "not found"), their devices and their agency's stock. */
    public void load() {
        found = false;
        if (subscriber == null) {
            return;
        }
        try {
            Principal who = session.requirePrincipal();
            SubscriberRecord s = subscribers.get(who, subscriber);
            subscriberName = s.displayName();
            agencyId = s.agencyId();
            manager = RaAction.MANAGE_SUBSCRIBERS.allows(who.role());
            filer = RaAction.FILE_REQUESTS.allows(who.role());
            KeyDeviceService.Overview o = keyDevices.overview(who, subscriber);
            held = o.held().stream().map(DeviceRow::of).toList();
            stock = o.stock().stream().map(DeviceRow::of).toList();
            history = eventRows(o);
            found = true;
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
        }
    }

    /** Register button. */
    public void register() {
        try {
            KeyDeviceRecord d = keyDevices.register(session.requirePrincipal(), subscriber, parseKind(),
                    serialNumber);
            RegistryMessages.info("dev.registered", RegistryMessages.text("devKind." + d.kind().name()),
                    d.serialNumber());
            serialNumber = null;
            load();
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
        }
    }

    /** "Return to the agency" button of a held device. */
    public void giveBack(long deviceId) {
        try {
            KeyDeviceRecord d = keyDevices.returnToAgency(session.requirePrincipal(), deviceId);
            RegistryMessages.info("dev.returned", d.serialNumber());
            load();
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
        }
    }

    /** "Hand over to this subscriber" button of a device of the agency's stock. */
    public void handOverHere(long deviceId) {
        try {
            KeyDeviceRecord d = keyDevices.handOver(session.requirePrincipal(), deviceId, subscriber);
            RegistryMessages.info("dev.handedOver", d.serialNumber(), subscriberName);
            load();
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
        }
    }

    /** The history rows, each naming its device (kind and serial) from the devices on the page. */
    private static List<EventRow> eventRows(KeyDeviceService.Overview o) {
        Map<Long, KeyDeviceRecord> devices = new HashMap<>();
        o.held().forEach(d -> devices.put(d.id(), d));
        o.stock().forEach(d -> devices.put(d.id(), d));
        List<EventRow> rows = new ArrayList<>();
        for (KeyDeviceEventRecord e : o.history()) {
            KeyDeviceRecord d = devices.get(e.keyDeviceId());
            rows.add(new EventRow(e.keyDeviceId(), d.kind().name(), d.serialNumber(), e.kind().name(), e.occurredAt(),
                    e.subscriberId(), e.raRequestId(), e.actor(), e.note() == null ? "" : e.note()));
        }
        return rows;
    }

    private KeyDeviceKind parseKind() {
        try {
            return kind == null || kind.isBlank() ? null : KeyDeviceKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw GovCaException.malformed("device kind '" + kind + "' is unknown; one of "
                    + Arrays.toString(KeyDeviceKind.values()));
        }
    }

    public List<String> getKinds() {
        return Arrays.stream(KeyDeviceKind.values()).map(Enum::name).toList();
    }

    public Long getSubscriber() {
        return subscriber;
    }

    public void setSubscriber(Long subscriber) {
        this.subscriber = subscriber;
    }

    public boolean isFound() {
        return found;
    }

    public boolean isManager() {
        return manager;
    }

    /** The reader may file requests: a held device links to a new token restore request. */
    public boolean isFiler() {
        return filer;
    }

    public List<EventRow> getHistory() {
        return history;
    }

    public String getSubscriberName() {
        return subscriberName;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public List<DeviceRow> getHeld() {
        return held;
    }

    public List<DeviceRow> getStock() {
        return stock;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }
}
