package vn.govca.ca.interfaces.faces;

import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;

/**
 * Finds Facelets under {@code /ra}. The CA server's JAX-RS application owns {@code /*}, so the
 * Faces servlet is mapped by prefix to {@code /ra/*}: a request for {@code /ra/home.xhtml} has
 * the view id {@code /home.xhtml}, whose file is ra-web's {@code META-INF/resources/ra/home.xhtml}.
 * Keeping every view and template under {@code /ra} in the jar keeps the RA UI in one folder of
 * the WAR's resource space.
 */
public class RaViewResources extends ResourceHandlerWrapper {

    static final String ROOT = "/ra";

    public RaViewResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        return getWrapped().createViewResource(context, physical(resourceName));
    }

    static String physical(String name) {
        if (name == null || !name.endsWith(".xhtml") || name.startsWith(ROOT + "/")) {
            return name; // the Facelets base URL ("/") and anything that is not a view or template
        }
        return ROOT + (name.startsWith("/") ? name : "/" + name);
    }
}
