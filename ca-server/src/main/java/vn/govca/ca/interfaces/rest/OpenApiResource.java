package vn.govca.ca.interfaces.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/** {@code GET /api/v1/openapi}: the OpenAPI 3.1 document of the REST API (public). */
@Path("api/v1/openapi")
public class OpenApiResource {

    static final String DOCUMENT = "/openapi/govca-api.yaml";

    @GET
    @Produces("application/yaml")
    public Response document() {
        InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT);
        if (in == null) {
            throw new IllegalStateException("OpenAPI document " + DOCUMENT + " is missing from the WAR");
        }
        return Response.ok(in, "application/yaml; charset=UTF-8").build();
    }
}
