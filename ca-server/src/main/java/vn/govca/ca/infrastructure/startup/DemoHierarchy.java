package vn.govca.ca.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import vn.govca.ca.application.ca.CaDirectory;
import vn.govca.ca.application.ca.CaLifecycleService;
import vn.govca.ca.application.ca.CreateCaCommand;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.auth.Role;
import vn.govca.ca.infrastructure.ServerContext;

/**
 * A first start with an empty database creates a demo hierarchy modelled on the real one
 * (DOMAIN.md): a root CA (RSA-4096, 20 years — the Decree 68 maximum for a CA certificate) and an
 * issuing CA for state agencies (RSA-3072, 10 years), in the soft tokens {@code root} and
 * {@code issuing}. Turned off with {@code govca.demo.hierarchy=false}.
 */
@ApplicationScoped
public class DemoHierarchy {

    private static final Logger LOG = Logger.getLogger(DemoHierarchy.class.getName());
    public static final String ROOT = "RootCA-G2";
    public static final String ISSUING = "CA-NhaNuoc-G2";
    private static final Principal SYSTEM = new Principal(0, "system", Role.CA_ADMIN, "start-up");

    @Inject
    ServerContext context;

    @Inject
    CaDirectory directory;

    @Inject
    CaLifecycleService lifecycle;

    public void createIfEmpty() {
        if (!directory.all().isEmpty()) {
            return;
        }
        if (!context.tokens().isConfigured("root") || !context.tokens().isConfigured("issuing")) {
            LOG.warning("demo hierarchy not created: tokens 'root' and 'issuing' are not both configured");
            return;
        }
        LOG.info("first start: creating the demo hierarchy (RSA-4096 root key generation takes a few seconds)");
        lifecycle.create(SYSTEM, new CreateCaCommand(ROOT, CreateCaCommand.Type.ROOT, "root", "RSA-4096",
                "C=VN, O=Ban Cơ yếu Chính phủ, CN=RootCA chuyên dùng Chính phủ G2", 7305, null));
        lifecycle.create(SYSTEM, new CreateCaCommand(ISSUING, CreateCaCommand.Type.SUBORDINATE, "issuing",
                "RSA-3072", "C=VN, O=Ban Cơ yếu Chính phủ, CN=CA phục vụ các cơ quan Nhà nước G2", 3653, ROOT));
        LOG.info(() -> "demo hierarchy ready: " + ROOT + " -> " + ISSUING);
    }
}
