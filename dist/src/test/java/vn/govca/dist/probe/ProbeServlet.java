package vn.govca.dist.probe;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A test-only servlet (deployed as {@code dist-probe.war} next to the GovCA EAR) that reports
 * what a deployment sees of the server configuration: the GovCaDS datasource, EclipseLink as the
 * JPA provider, the GovCA system properties and environment, the TLS client certificate and the
 * JDK's SunPKCS11 provider. Plain-text {@code key=value} lines; failures propagate to the
 * container (HTTP 500), which the test reports.
 */
@WebServlet("/*")
public class ProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "java:jboss/datasources/GovCaDS")
    private transient DataSource dataSource;

    @PersistenceContext(unitName = "probe")
    private transient EntityManager em;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        String body = switch (path) {
            case "/db" -> db();
            case "/jpa" -> "jpa=" + em.createNativeQuery("SELECT 1").getSingleResult()
                    + "\nprovider=" + em.getEntityManagerFactory().getClass().getName() + "\n";
            case "/env" -> env();
            case "/tls" -> tls(req);
            case "/pkcs11" -> pkcs11(req.getParameter("library"), req.getParameter("slot"), req.getParameter("pin"));
            default -> null;
        };
        if (body == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getWriter().write(body);
    }

    /** Reads the whole body (the server's max-post-size applies) and reports its length. */
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long n;
        try (InputStream in = req.getInputStream()) {
            n = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getWriter().write("bytes=" + n + "\n");
    }

    private String db() throws IOException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT 1")) {
            rs.next();
            return "product=" + c.getMetaData().getDatabaseProductName() + "\nselect1=" + rs.getInt(1) + "\n";
        } catch (SQLException e) {
            throw new IOException("GovCaDS query failed", e);
        }
    }

    private static String env() {
        return "govca.home=" + System.getProperty("govca.home")
                + "\ngovca.config=" + System.getProperty("govca.config")
                + "\neclipselink.archive.factory=" + System.getProperty("eclipselink.archive.factory")
                + "\nSOFTHSM2_CONF=" + System.getenv("SOFTHSM2_CONF")
                + "\nsunpkcs11=" + (Security.getProvider("SunPKCS11") != null) + "\n";
    }

    private static String tls(HttpServletRequest req) {
        X509Certificate[] chain = (X509Certificate[]) req.getAttribute("jakarta.servlet.request.X509Certificate");
        String subject = chain == null || chain.length == 0 ? "none" : chain[0].getSubjectX500Principal().getName();
        return "secure=" + req.isSecure() + "\nclientCert=" + subject + "\n";
    }

    private static String pkcs11(String library, String slot, String pin) throws IOException {
        Provider p = Security.getProvider("SunPKCS11").configure(
                "--name=probe\nlibrary=" + library + "\nslot=" + Long.parseLong(slot) + "\n");
        try {
            KeyStore ks = KeyStore.getInstance("PKCS11", p);
            ks.load(null, pin.toCharArray());
            return "login=ok\nentries=" + ks.size() + "\n";
        } catch (GeneralSecurityException e) {
            throw new IOException("PKCS#11 login failed", e);
        }
    }
}
