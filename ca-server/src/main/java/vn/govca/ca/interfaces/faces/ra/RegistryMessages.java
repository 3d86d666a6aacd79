package vn.govca.ca.interfaces.faces.ra;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Faces messages of the registry pages (provinces, key storage devices, user actions) in the
 * reader's language, from the {@code reg} bundle (ra-web's {@code vn/govca/ra/registry_*.properties},
 * Vietnamese first). Refusals of the services go through {@link WorkflowMessages#refused}, which
 * shows the translated category and the service's own message.
 */
final class RegistryMessages {

    static final String BUNDLE = "vn.govca.ra.registry";

    private RegistryMessages() {
    }

    static String text(String key, Object... args) {
        return WorkflowMessages.fromBundle(BUNDLE, key, args);
    }

    static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), ""));
    }
}
