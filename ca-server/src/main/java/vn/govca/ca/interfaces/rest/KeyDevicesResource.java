package vn.govca.ca.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.govca.ca.application.ra.KeyDeviceService;
import vn.govca.pki.domain.GovCaException;

/**
 * {@code /api/v1/key-devices/{id}}: one key storage device in scope, its history, its handover to
 * another subscriber of its agency (form 07) and its return to the agency. Devices are registered
 * under {@code /api/v1/subscribers/{id}/key-devices}; a restore (form 06) is a TOKEN_RESTORE request.
 */
@Path("api/v1/key-devices")
@Produces(MediaType.APPLICATION_JSON)
public class KeyDevicesResource {

    @Inject
    KeyDeviceService keyDevices;

    @Context
    HttpServletRequest request;

    /** Who receives the device. */
    public record Handover(Long subscriberId) {
    }

    @GET
    @Path("{id}")
    public RaViews.KeyDeviceView get(@PathParam("id") long id) {
        return RaViews.KeyDeviceView.of(keyDevices.get(AuthenticationFilter.principal(request), id));
    }

    /** Registered, handed over, returned, restored: oldest first. */
    @GET
    @Path("{id}/history")
    public List<RaViews.KeyDeviceEventView> history(@PathParam("id") long id) {
        return keyDevices.history(AuthenticationFilter.principal(request), id).stream()
                .map(RaViews.KeyDeviceEventView::of).toList();
    }

    @POST
    @Path("{id}/handover")
    @Consumes(MediaType.APPLICATION_JSON)
    public RaViews.KeyDeviceView handOver(@PathParam("id") long id, Handover body) {
        RaResources.body(body, "{subscriberId}");
        if (body.subscriberId() == null) {
            throw GovCaException.malformed("subscriberId is required");
        }
        return RaViews.KeyDeviceView.of(keyDevices.handOver(AuthenticationFilter.principal(request), id,
                body.subscriberId()));
    }

    @POST
    @Path("{id}/return")
    public RaViews.KeyDeviceView returnToAgency(@PathParam("id") long id) {
        return RaViews.KeyDeviceView.of(keyDevices.returnToAgency(AuthenticationFilter.principal(request), id));
    }
}
