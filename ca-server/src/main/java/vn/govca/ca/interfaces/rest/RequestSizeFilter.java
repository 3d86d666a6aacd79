package vn.govca.ca.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import vn.govca.ca.application.ra.csvimport.ImportLimits;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.pki.domain.GovCaException;
import vn.govca.pki.domain.GovCaException.Category;

/**
 * Refuses request bodies over {@code govca.api.maxRequestBytes} (default 1 MiB) with 413 before
 * anything is parsed: by Content-Length when given, and by counting when the body is chunked.
 * Bulk imports ({@code /api/v1/imports}) may send up to the import limit. {@code /ocsp} is not a
 * JAX-RS resource ({@code interfaces.http.OcspEndpoint}): it reads a bounded body itself.
 */
@Provider
@PreMatching
@Priority(100)
public class RequestSizeFilter implements ContainerRequestFilter {

    @Inject
    ServerContext context;

    @Override
    public void filter(ContainerRequestContext ctx) {
        long max = isImport(ctx) ? ImportLimits.DEFAULT.maxBytes() : context.config().maxRequestBytes();
        if (ctx.getLength() > max) {
            ctx.abortWith(Problem.of(Category.TOO_LARGE, "request body of " + ctx.getLength()
                    + " bytes exceeds the limit of " + max + " bytes").toResponse());
            return;
        }
        if (ctx.hasEntity()) {
            ctx.setEntityStream(new Limited(ctx.getEntityStream(), max));
        }
    }

    /** A bulk CSV import may be larger than other API bodies (10,000 rows; ImportLimits). */
    private static boolean isImport(ContainerRequestContext ctx) {
        String path = ctx.getUriInfo().getPath();
        return (path.startsWith("/") ? path.substring(1) : path).equals("api/v1/imports");
    }

    /** OCSP bounds its own requests and must answer in its own error form, never problem+json. */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new GovCaException(Category.TOO_LARGE, "request body exceeds the limit of " + max + " bytes");
            }
        }
    }
}
