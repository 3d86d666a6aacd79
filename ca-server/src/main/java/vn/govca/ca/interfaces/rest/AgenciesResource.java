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
import java.util.List;
import vn.govca.ca.application.ra.AgencyService;
import vn.govca.ca.application.ra.KeyDeviceService;
import vn.govca.ca.application.ra.ProvinceService;
import vn.govca.db.domain.AgencyDetails;
import vn.govca.db.domain.AgencyRecord;

/**
 * {@code /api/v1/agencies} and {@code /api/v1/provinces}: the agency trees, an agency's stock of key
 * storage devices, and the province list (CA administrators edit it) (issue 4).
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class AgenciesResource {

    @Inject
    AgencyService agencies;

    @Inject
    ProvinceService provinces;

    @Inject
    KeyDeviceService keyDevices;

    @Context
    HttpServletRequest request;

    /** A new agency: under parentId, or a tree root in provinceId (none: a central body). */
    public record NewAgency(Long provinceId, Long parentId, String name, String taxCode, String budgetCode,
                            String address, String email) {
        AgencyDetails details() {
            return new AgencyDetails(name, taxCode, budgetCode, address, email);
        }
    }

    @GET
    @Path("provinces")
    public List<RaViews.ProvinceView> provinces() {
        return agencies.provinces(AuthenticationFilter.principal(request)).stream()
                .map(RaViews.ProvinceView::of).toList();
    }

    /** A CA administrator's edit of a province; the official code is not editable. active null: unchanged. */
    public record ProvinceEdit(String name, String kind, Boolean active) {
    }

    @PUT
    @Path("provinces/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RaViews.ProvinceView updateProvince(@PathParam("id") long id, ProvinceEdit body) {
        RaResources.body(body, "{name, kind: CITY|PROVINCE, active?}");
        return RaViews.ProvinceView.of(provinces.update(AuthenticationFilter.principal(request), id, body.name(),
                body.kind(), body.active()));
    }

    /** The agency's key storage devices that no subscriber holds (to hand over from). */
    @GET
    @Path("agencies/{id}/key-devices")
    public List<RaViews.KeyDeviceView> keyDeviceStock(@PathParam("id") long id) {
        return keyDevices.agencyStock(AuthenticationFilter.principal(request), id).stream()
                .map(RaViews.KeyDeviceView::of).toList();
    }

    @POST
    @Path("agencies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewAgency body) {
        RaResources.body(body, "{provinceId?, parentId?, name, taxCode?, budgetCode?, address?, email?}");
        AgencyRecord a = agencies.create(AuthenticationFilter.principal(request), body.provinceId(), body.parentId(),
                body.details());
        return Response.created(URI.create("api/v1/agencies/" + a.id())).entity(RaViews.AgencyView.of(a)).build();
    }

    @PUT
    @Path("agencies/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RaViews.AgencyView update(@PathParam("id") long id, NewAgency body) {
        RaResources.body(body, "{name, taxCode?, budgetCode?, address?, email?}");
        return RaViews.AgencyView.of(agencies.update(AuthenticationFilter.principal(request), id, body.details()));
    }

    @GET
    @Path("agencies/{id}")
    public RaViews.AgencyView get(@PathParam("id") long id) {
        return RaViews.AgencyView.of(agencies.get(AuthenticationFilter.principal(request), id));
    }

    /** Children of parentId; without it the roots of provinceId (or the central bodies) in scope; with q a name search. */
    @GET
    @Path("agencies")
    public List<RaViews.AgencyView> list(@QueryParam("parentId") Long parentId, @QueryParam("provinceId") Long provinceId,
                                         @QueryParam("q") String q, @QueryParam("limit") Integer limit) {
        var who = AuthenticationFilter.principal(request);
        List<AgencyRecord> found = q != null && !q.isBlank() ? agencies.search(who, q, RaResources.limit(limit))
                : agencies.children(who, parentId, provinceId);
        return found.stream().map(RaViews.AgencyView::of).toList();
    }
}
