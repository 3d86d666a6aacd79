package vn.govca.ca.interfaces.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Sends a file as the answer to a non-Ajax POST of an RA page (certificate PEM or chain, CSV
 * template, error report, PKCS#12): attachment, never cached, never sniffed.
 */
public final class Downloads {

    private Downloads() {
    }

    public static void send(String type, String fileName, byte[] body) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        ExternalContext ext = ctx.getExternalContext();
        ext.responseReset();
        ext.setResponseContentType(type);
        ext.setResponseContentLength(body.length);
        ext.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ext.setResponseHeader("Cache-Control", "no-store");
        ext.setResponseHeader("X-Content-Type-Options", "nosniff");
        try (OutputStream out = ext.getResponseOutputStream()) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("the download of " + fileName + " was interrupted", e);
        }
        ctx.responseComplete();
    }
}
