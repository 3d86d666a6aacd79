package vn.govca.ca.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import vn.govca.ca.application.auth.UserService;
import vn.govca.ca.domain.auth.Role;
import vn.govca.db.domain.AdministratorRecord;

/** {@code /api/v1/users}: users, their roles and scopes (CA administrators only; issue 4). */
@Path("api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    UserService users;

    @Context
    HttpServletRequest request;

    public record NewUser(String username, String displayName, String role, Long scopeProvinceId, Long scopeAgencyId,
                          String password, String certificateFingerprint, String email) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUser body) {
        RaResources.body(body, "{username, displayName, role, scopeProvinceId?, scopeAgencyId?, password?, email?}");
        AdministratorRecord a = users.create(AuthenticationFilter.principal(request), new UserService.NewUser(
                body.username(), body.displayName(), RaResources.enumValue(Role.class, body.role(), "role"),
                body.scopeProvinceId(), body.scopeAgencyId(),
                body.password() == null ? null : body.password().toCharArray(), body.certificateFingerprint(),
                body.email()));
        return Response.created(URI.create("api/v1/users/" + a.username())).entity(RaViews.UserView.of(a)).build();
    }

    @GET
    public List<RaViews.UserView> list() {
        return users.list(AuthenticationFilter.principal(request)).stream().map(RaViews.UserView::of).toList();
    }
}
