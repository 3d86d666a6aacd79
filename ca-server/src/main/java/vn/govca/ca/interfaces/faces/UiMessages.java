package vn.govca.ca.interfaces.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.govca.pki.domain.GovCaException;

/**
 * Faces messages in the reader's language, from the {@code msg} bundle (ra-web's
 * {@code vn/govca/ra/messages_*.properties}). A service refusal shows a translated summary of its
 * category (what to do) and the service's own message as the detail (what, why, value, limit).
 */
final class UiMessages {

    private UiMessages() {
    }

    static String text(String key, Object... args) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        ResourceBundle b = ctx.getApplication().getResourceBundle(ctx, "msg");
        try {
            String pattern = b.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, b.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args), null);
    }

    static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(key, args), null);
    }

    /** A refusal of an application service: category summary plus the service's message. */
    static void refused(GovCaException e) {
        add(FacesMessage.SEVERITY_ERROR, text("error.category." + e.category().name()), e.getMessage());
    }

    private static void add(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        // A null detail would repeat the summary (FacesMessage#getDetail): say it once.
        ctx.addMessage(null, new FacesMessage(severity, summary, detail == null ? "" : detail));
    }

    /** Carries this request's messages over a redirect (Post/Redirect/Get). */
    static void keepOverRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
