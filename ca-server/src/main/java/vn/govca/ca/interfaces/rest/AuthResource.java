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
import vn.govca.ca.application.auth.AuthenticationService;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.infrastructure.auth.SessionTokens;
import vn.govca.pki.domain.GovCaException;

/** {@code /api/v1/auth}: password login for scripts (a bearer token back) and who-am-I. */
@Path("api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    AuthenticationService authentication;

    @Context
    HttpServletRequest request;

    /** The login body. */
    public record Login(String username, String password) {
    }

    /** The login answer: use as {@code Authorization: Bearer <token>}. */
    public record Token(String token, String expiresAt) {
    }

    /** Who the caller is. */
    public record Me(String username, String role, String method) {
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    public Token login(Login login) {
        if (login == null || login.username() == null || login.password() == null) {
            throw GovCaException.malformed("username and password are required");
        }
        SessionTokens.IssuedToken t = authentication.login(login.username(), login.password().toCharArray(),
                request.getRemoteAddr());
        return new Token(t.token(), t.expiresAt().toString());
    }

    @GET
    @Path("me")
    public Me me() {
        Principal p = AuthenticationFilter.principal(request);
        return new Me(p.username(), p.role().name(), p.method());
    }
}
