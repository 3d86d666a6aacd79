package vn.govca.ca.interfaces.faces.ra;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.govca.ca.domain.subscriber.FieldError;
import vn.govca.pki.domain.GovCaException;

/**
 * Faces messages of the RA workflow pages in the reader's language, from the {@code wf} bundle
 * (ra-web's {@code vn/govca/ra/workflow_*.properties}, Vietnamese first). A service refusal shows a
 * translated summary of its category — what to do — and the service's own message as the detail
 * (what, why, value, limit); never a stack trace (DESIGN invariant 7).
 */
final class WorkflowMessages {

    static final String BUNDLE = "vn.govca.ra.workflow";

    private WorkflowMessages() {
    }

    static String text(String key, Object... args) {
        return fromBundle(BUNDLE, key, args);
    }

    /** {@code key} of the RA bundle {@code bundle} in the view's language, formatted with {@code args}. */
    static String fromBundle(String bundle, String key, Object... args) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        Locale locale = ctx.getViewRoot() == null ? Locale.forLanguageTag("vi") : ctx.getViewRoot().getLocale();
        try {
            ResourceBundle b = ResourceBundle.getBundle(bundle, locale, Thread.currentThread().getContextClassLoader());
            String pattern = b.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args), "");
    }

    static void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, args), "");
    }

    /** A refusal of an application service: category summary plus the service's message. */
    static void refused(GovCaException e) {
        add(null, FacesMessage.SEVERITY_ERROR, text("error." + e.category().name()), e.getMessage());
    }

    /** A refused form field, shown next to the field's input {@code clientId} and in the summary. */
    static void field(String clientId, FieldError e) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        if (ctx.getViewRoot().findComponent(clientId) instanceof UIInput input) {
            input.setValid(false);
            input.setSubmittedValue(e.value()); // shown again as typed, marked
        }
        add(clientId, FacesMessage.SEVERITY_ERROR, text("field." + e.field()) + ": " + text("error." + e.category().name()),
                e.message());
    }

    /** Carries this request's messages over a redirect (Post/Redirect/Get). */
    static void keepOverRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, detail));
    }
}
