package vn.govca.ca.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import vn.govca.ca.application.audit.AuditTrail;
import vn.govca.ca.domain.auth.PasswordHash;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.audit.AuditOutcome;
import vn.govca.db.domain.AdministratorRecord;
import vn.govca.db.domain.AdministratorRole;
import vn.govca.db.domain.Sha256Hex;
import vn.govca.db.infrastructure.AdministratorRepository;

/**
 * On a first start (no administrator in the database), enrols {@code admin} as CA administrator
 * with the client certificate and password that {@code govca bootstrap} wrote under var/.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    public static final String USERNAME = "admin";

    @PersistenceContext(unitName = "govca")
    EntityManager em;

    @Inject
    ServerContext context;

    @Inject
    AuditTrail audit;

    @Transactional
    public void enrolIfNone() {
        AdministratorRepository repo = new AdministratorRepository(em);
        List<AdministratorRecord> existing = repo.listByUsername();
        Path certFile = context.config().bootstrapAdminCertificate();
        Path passwordFile = context.config().bootstrapAdminPasswordFile();
        if (!existing.isEmpty() || certFile == null || passwordFile == null) {
            return;
        }
        X509Certificate cert = readCertificate(certFile);
        char[] password = readPassword(passwordFile);
        Sha256Hex fingerprint;
        try {
            fingerprint = Sha256Hex.digestOf(cert.getEncoded());
        } catch (CertificateException e) {
            throw new IllegalStateException("cannot encode " + certFile, e);
        }
        repo.add(AdministratorRecord.enrol(USERNAME, "Quản trị viên CA (administrator)", AdministratorRole.CA_ADMIN,
                PasswordHash.hash(password), fingerprint, context.clock().instant()));
        audit.record("system (start-up)", AuditTrail.ADMINISTRATOR_CREATED, "administrator " + USERNAME,
                AuditOutcome.SUCCESS, Map.of("role", "CA_ADMIN", "certificateSha256", fingerprint.value()));
        LOG.info(() -> "enrolled the first administrator '" + USERNAME + "' (certificate " + certFile + ")");
    }

    private static X509Certificate readCertificate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("cannot read the first administrator's certificate " + file
                    + ": " + e.getMessage(), e);
        }
    }

    private static char[] readPassword(Path file) {
        try {
            String first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            return first.strip().toCharArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the first administrator's password file " + file, e);
        }
    }
}
