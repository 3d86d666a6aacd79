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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import vn.govca.ca.application.auth.UserService;
import vn.govca.ca.domain.auth.Role;
import vn.govca.db.domain.AdministratorRecord;

/**
 * {@code /api/v1/users}: users, their roles and scopes, disabling and re-enabling them, and
 * password resets (CA administrators only; issue 4).
 */
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

    /** The role and scope to give: a subscriber manager's province or agency tree, nothing for the other roles. */
    public record RoleChange(String role, Long scopeProvinceId, Long scopeAgencyId) {
    }

    /** The new password an administrator sets for a user. */
    public record PasswordReset(String password) {
    }

    @PUT
    @Path("{username}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    public RaViews.UserView changeRole(@PathParam("username") String username, RoleChange body) {
        RaResources.body(body, "{role, scopeProvinceId? | scopeAgencyId?}");
        return RaViews.UserView.of(users.assignRole(AuthenticationFilter.principal(request), username,
                RaResources.enumValue(Role.class, body.role(), "role"), body.scopeProvinceId(), body.scopeAgencyId()));
    }

    /** Disables (locks) the account; its bearer tokens end at once. */
    @POST
    @Path("{username}/disable")
    public RaViews.UserView disable(@PathParam("username") String username) {
        return RaViews.UserView.of(users.disable(AuthenticationFilter.principal(request), username));
    }

    /** Re-enables a disabled account, or unlocks one locked by repeated wrong passwords. */
    @POST
    @Path("{username}/enable")
    public RaViews.UserView enable(@PathParam("username") String username) {
        return RaViews.UserView.of(users.enable(AuthenticationFilter.principal(request), username));
    }

    @POST
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public RaViews.UserView resetPassword(@PathParam("username") String username, PasswordReset body) {
        RaResources.body(body, "{password}");
        return RaViews.UserView.of(users.resetPassword(AuthenticationFilter.principal(request), username,
                body.password() == null ? null : body.password().toCharArray()));
    }

    @GET
    public List<RaViews.UserView> list() {
        return users.list(AuthenticationFilter.principal(request)).stream().map(RaViews.UserView::of).toList();
    }
}
