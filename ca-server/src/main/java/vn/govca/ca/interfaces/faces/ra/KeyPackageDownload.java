package vn.govca.ca.interfaces.faces.ra;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import vn.govca.ca.application.ra.KeyPackages;
import vn.govca.ca.infrastructure.keys.SubscriberKeys;
import vn.govca.ca.interfaces.faces.Downloads;
import vn.govca.ca.interfaces.faces.RaSession;
import vn.govca.pki.domain.GovCaException;

/**
 * The one-time PKCS#12 download of a server-generated key on a completed request's page, under a
 * password the reader types twice (a typo would lock the only copy of the key away). The download
 * itself is {@link KeyPackages#take}, the same use case as {@code POST /api/v1/requests/{id}/key-package}:
 * it checks role, scope and the password rules, erases the sealed key and audits the download.
 * The password lives for one request and is not shown again.
 */
@Named
@RequestScoped
public class KeyPackageDownload {

    @Inject
    KeyPackages keys;

    @Inject
    RaSession session;

    private String password;
    private String confirmation;

    /** "Download the key" button: the PKCS#12 as {@code request-<id>.p12}, or a message and nothing taken. */
    public void take(long requestId) {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        try {
            if (!typedTwice(password, confirmation)) {
                WorkflowMessages.error("keys.mismatch");
                return;
            }
            byte[] p12 = keys.take(session.requirePrincipal(), requestId, secret);
            Downloads.send("application/x-pkcs12", "request-" + requestId + ".p12", p12);
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
        } finally {
            Arrays.fill(secret, '\0');
            password = null;
            confirmation = null;
        }
    }

    /** The password and its confirmation are the same (absent counts as empty: the service refuses it). */
    static boolean typedTwice(String password, String confirmation) {
        return (password == null ? "" : password).equals(confirmation == null ? "" : confirmation);
    }

    /** The shortest password the key package service accepts (shown in the hint). */
    public int getMinimumLength() {
        return SubscriberKeys.MIN_PASSWORD_CHARS;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
