package vn.govca.ca.interfaces.faces;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.govca.ca.application.auth.AuthenticationService;
import vn.govca.ca.domain.auth.Principal;

/**
 * The gate in front of every {@code /ra} request: HTTPS only; security headers (nosniff, no
 * framing, same-origin referrers, HSTS, no caching of pages); and no page but the sign-in and
 * error pages without a signed-in session whose user still has that account, role and scope and
 * the credential they signed in with (a password reset ends the sessions opened with the old
 * password) — anything else is redirected to the sign-in page (an Ajax request gets a Faces
 * partial-response redirect); templates and page fragments are "not found". The
 * Content-Security-Policy of pages is set by PrimeFaces' CSP mode with a per-response script nonce
 * (web-fragment of ra-web); static resources get a policy that allows nothing to run.
 */
@WebFilter(filterName = "RaWebFilter", urlPatterns = "/ra/*")
public class RaWebFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuthenticationService authentication;

    static final String BASE = "/ra";
    static final String LOGIN = "/ra/login.xhtml";
    static final String HOME = "/ra/home.xhtml";
    static final String ERROR = "/ra/error.xhtml";
    static final String RESOURCES = "/ra/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = path(req);
        headers(req, res, path);
        if (!req.isSecure()) {
            plain(res, HttpServletResponse.SC_FORBIDDEN,
                    "The RA web UI is served over HTTPS only (port 8443). / Giao diện RA chỉ phục vụ qua HTTPS (cổng 8443).");
            return;
        }
        if (path.equals(BASE) || path.equals(BASE + "/")) {
            res.sendRedirect(req.getContextPath() + HOME);
            return;
        }
        if (isInternal(path)) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (isPublic(path) || signedIn(req)) {
            chain.doFilter(req, res);
            return;
        }
        redirectToLogin(req, res);
    }

    /**
     * The request's path below the context root as the container mapped it ({@code /ra} plus the
     * path info): decoded, without {@code ;} path parameters, with dot segments resolved and repeated
     * slashes folded, so that {@code /ra/templates;x/layout.xhtml}, {@code /ra//templates/layout.xhtml}
     * or {@code /ra/requests/../templates/layout.xhtml} is checked as the
     * {@code /ra/templates/layout.xhtml} that the Faces servlet would render (the raw request URI is
     * none of these).
     */
    static String path(HttpServletRequest req) {
        String info = req.getPathInfo();
        return (req.getServletPath() + (info == null ? "" : info)).replaceAll("/{2,}", "/");
    }

    /**
     * Templates (the layout and the fragments pages include: ra-web's {@code ra/templates/}) and
     * view-id aliases are parts of pages, not pages: requested directly they are "not found".
     */
    static boolean isInternal(String path) {
        return path.startsWith(BASE + "/templates/") || path.startsWith(BASE + "/ra/") || path.contains("/WEB-INF/")
                || path.contains("/META-INF/");
    }

    static boolean isPublic(String path) {
        return path.equals(LOGIN) || path.equals(ERROR) || path.startsWith(RESOURCES);
    }

    /**
     * Whether the session holds a principal that the administrator's record still grants (see
     * {@link AuthenticationService#current}); a session whose user was disabled, given another
     * role or scope, or whose password was reset after a password sign-in is ended here.
     */
    private boolean signedIn(HttpServletRequest req) {
        HttpSession s = req.getSession(false);
        if (s == null || !(s.getAttribute(RaSession.PRINCIPAL) instanceof Principal p)) {
            return false;
        }
        if (authentication.current(p).isPresent()) {
            return true;
        }
        s.invalidate();
        return false;
    }

    private static void headers(HttpServletRequest req, HttpServletResponse res, String path) {
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("X-Frame-Options", "DENY");
        res.setHeader("Referrer-Policy", "same-origin");
        res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (req.isSecure()) {
            res.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (path.startsWith(RESOURCES)) {
            res.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        } else {
            res.setHeader("Cache-Control", "no-store");
        }
    }

    private static void redirectToLogin(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String login = req.getContextPath() + LOGIN;
        if ("partial/ajax".equals(req.getHeader("Faces-Request"))) {
            res.setContentType("text/xml");
            res.setCharacterEncoding("UTF-8");
            res.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login + "\"></redirect></partial-response>");
            return;
        }
        res.sendRedirect(login);
    }

    private static void plain(HttpServletResponse res, int status, String text) throws IOException {
        res.setStatus(status);
        res.setContentType("text/plain;charset=UTF-8");
        res.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }
}
