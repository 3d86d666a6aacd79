package vn.govca.ca.interfaces.faces.ra;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import vn.govca.ca.application.ra.KeyDeviceService;
import vn.govca.ca.application.ra.SubscriberService;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.ra.RaAction;
import vn.govca.ca.interfaces.faces.RaSession;
import vn.govca.db.domain.KeyDeviceKind;
import vn.govca.db.domain.KeyDeviceRecord;
import vn.govca.db.domain.SubscriberRecord;
import vn.govca.pki.domain.GovCaException;

/**
 * A subscriber's key storage devices ({@code subscribers/devices.xhtml?subscriber=ID}, reached from
 * the subscribers list): the devices they hold, with "return to the agency"; the agency's devices
 * nobody holds, with "hand over to this subscriber" (form 07); and the form registering a new
 * device (kind, serial number). {@link KeyDeviceService} checks role and scope; the page only
 * hides the actions from readers who may not manage subscribers.
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

    @Inject
    KeyDeviceService keyDevices;

    @Inject
    SubscriberService subscribers;

    @Inject
    RaSession session;

    private Long subscriber;
    private boolean found;
    private boolean manager;
    private String subscriberName;
    private long agencyId;
    private List<DeviceRow> held = List.of();
    private List<DeviceRow> stock = List.of();
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
            held = keyDevices.heldBy(who, subscriber).stream().map(DeviceRow::of).toList();
            stock = keyDevices.agencyStock(who, agencyId).stream().map(DeviceRow::of).toList();
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
