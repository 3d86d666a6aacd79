package vn.govca.ca.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.govca.pki.domain.GovCaException;

/** Maps the cross-module exception to RFC 9457 problem+json; internals go to the log only. */
@Provider
public class GovCaExceptionMapper implements ExceptionMapper<GovCaException> {

    private static final Logger LOG = Logger.getLogger(GovCaExceptionMapper.class.getName());

    @Override
    public Response toResponse(GovCaException e) {
        if (e.category() == GovCaException.Category.INTERNAL) {
            LOG.log(Level.SEVERE, "internal error: " + e.getMessage(), e);
            return Problem.of(GovCaException.Category.INTERNAL,
                    "the server could not complete the request; the incident is logged").toResponse();
        }
        return Problem.of(e).toResponse();
    }
}
