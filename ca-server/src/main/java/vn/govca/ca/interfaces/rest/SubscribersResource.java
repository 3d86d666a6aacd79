package vn.govca.ca.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import vn.govca.ca.application.ra.KeyDeviceService;
import vn.govca.ca.application.ra.SubscriberService;
import vn.govca.ca.domain.subscriber.DeviceDetails;
import vn.govca.ca.domain.subscriber.IndividualDetails;
import vn.govca.ca.domain.subscriber.OrganizationDetails;
import vn.govca.ca.domain.subscriber.SubscriberDetails;
import vn.govca.db.domain.KeyDeviceKind;
import vn.govca.db.domain.KeyDeviceRecord;
import vn.govca.db.domain.SubscriberKind;
import vn.govca.db.domain.SubscriberRecord;
import vn.govca.db.infrastructure.RecordPage;
import vn.govca.pki.domain.GovCaException;

/** {@code /api/v1/subscribers}: individuals, organizations and devices of the agencies in scope (forms 01–03). */
@Path("api/v1/subscribers")
@Produces(MediaType.APPLICATION_JSON)
public class SubscribersResource {

    @Inject
    SubscriberService subscribers;

    @Inject
    KeyDeviceService keyDevices;

    @Context
    HttpServletRequest request;

    /** One of individual / organization / device, matching kind. */
    public record SubscriberBody(Long agencyId, String kind, IndividualDetails.Form individual,
                                 OrganizationDetails.Form organization, DeviceDetails.Form device) {
        SubscriberDetails details() {
            SubscriberKind k = RaResources.enumValue(SubscriberKind.class, kind, "kind");
            if (k == null) {
                throw GovCaException.malformed("kind is required: INDIVIDUAL, ORGANIZATION or DEVICE");
            }
            return switch (k) {
                case INDIVIDUAL -> IndividualDetails.validate(part(individual, "individual"),
                        LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))).orThrow();
                case ORGANIZATION -> OrganizationDetails.validate(part(organization, "organization")).orThrow();
                case DEVICE -> DeviceDetails.validate(part(device, "device")).orThrow();
            };
        }

        private static <T> T part(T value, String name) {
            if (value == null) {
                throw GovCaException.malformed("the " + name + " object is required for this kind");
            }
            return value;
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(SubscriberBody body) {
        RaResources.body(body, "{agencyId, kind, individual|organization|device}");
        if (body.agencyId() == null) {
            throw GovCaException.malformed("agencyId is required");
        }
        SubscriberRecord s = subscribers.create(AuthenticationFilter.principal(request), body.agencyId(), body.details());
        return Response.created(URI.create("api/v1/subscribers/" + s.id())).entity(RaViews.SubscriberView.of(s)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RaViews.SubscriberView update(@PathParam("id") long id, SubscriberBody body) {
        RaResources.body(body, "{kind, individual|organization|device}");
        return RaViews.SubscriberView.of(subscribers.update(AuthenticationFilter.principal(request), id, body.details()));
    }

    @GET
    @Path("{id}")
    public RaViews.SubscriberView get(@PathParam("id") long id) {
        return RaViews.SubscriberView.of(subscribers.get(AuthenticationFilter.principal(request), id));
    }

    /** A key storage device to register and hand to the subscriber. */
    public record NewKeyDevice(String kind, String serialNumber) {
    }

    /** The key storage devices the subscriber holds. */
    @GET
    @Path("{id}/key-devices")
    public List<RaViews.KeyDeviceView> keyDevices(@PathParam("id") long id) {
        return keyDevices.heldBy(AuthenticationFilter.principal(request), id).stream()
                .map(RaViews.KeyDeviceView::of).toList();
    }

    /** Registers a device (kind and serial number) to the subscriber's agency, held by the subscriber. */
    @POST
    @Path("{id}/key-devices")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response registerKeyDevice(@PathParam("id") long id, NewKeyDevice body) {
        RaResources.body(body, "{kind: USB_TOKEN|SIM_PKI|REMOTE, serialNumber}");
        KeyDeviceRecord d = keyDevices.register(AuthenticationFilter.principal(request), id,
                RaResources.enumValue(KeyDeviceKind.class, body.kind(), "kind"), body.serialNumber());
        return Response.created(URI.create("api/v1/key-devices/" + d.id())).entity(RaViews.KeyDeviceView.of(d)).build();
    }

    @GET
    public RaViews.PageView<RaViews.SubscriberView> list(@QueryParam("agencyId") Long agencyId,
                                                         @QueryParam("kind") String kind, @QueryParam("name") String name,
                                                         @QueryParam("identifier") String identifier,
                                                         @QueryParam("after") Long after,
                                                         @QueryParam("limit") Integer limit) {
        RecordPage<SubscriberRecord> page = subscribers.page(AuthenticationFilter.principal(request), agencyId,
                RaResources.enumValue(SubscriberKind.class, kind, "kind"), name, identifier,
                RaResources.cursor(after), RaResources.limit(limit));
        return new RaViews.PageView<>(page.items().stream().map(RaViews.SubscriberView::of).toList(),
                page.nextCursor().isPresent() ? page.nextCursor().getAsLong() : null);
    }
}
