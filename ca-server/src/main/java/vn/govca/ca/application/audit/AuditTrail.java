package vn.govca.ca.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import vn.govca.ca.infrastructure.ServerContext;
import vn.govca.db.audit.AuditEntry;
import vn.govca.db.audit.AuditOutcome;

/**
 * Writes audit rows (DESIGN invariant 6). {@link #record} joins the caller's transaction, so the
 * row commits or rolls back with the action; call it as the action's last step (the chain head
 * lock is then held only until commit). {@link #recordRefusal} writes in a transaction of its
 * own: a refused action changes nothing but the audit log.
 */
@ApplicationScoped
public class AuditTrail {

    /** Actions, as they appear in the audit log. */
    public static final String CA_CREATED = "CA_CREATED";
    public static final String CA_CSR_EXPORTED = "CA_CSR_EXPORTED";
    public static final String CA_CERTIFICATE_IMPORTED = "CA_CERTIFICATE_IMPORTED";
    public static final String TOKEN_ACTIVATED = "TOKEN_ACTIVATED";
    public static final String TOKEN_FAILED = "TOKEN_FAILED";
    public static final String CERTIFICATE_ISSUED = "CERTIFICATE_ISSUED";
    public static final String ISSUANCE_REFUSED = "ISSUANCE_REFUSED";
    public static final String ISSUANCE_FAILED = "ISSUANCE_FAILED";
    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String ADMINISTRATOR_CREATED = "ADMINISTRATOR_CREATED";
    public static final String SERVER_STARTED = "SERVER_STARTED";

    /**
     * One factory for every row: {@code Json.createObjectBuilder()} looks the JSON-P provider up
     * through the ServiceLoader on each call, which under WildFly's module class loaders scanned
     * jars on every issuance (7.6 % of the server's CPU in the issuance benchmark's profile).
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @PersistenceContext(unitName = "govca")
    EntityManager em;

    @Inject
    ServerContext context;

    /** Appends a row inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String target, AuditOutcome outcome, Map<String, ?> details) {
        context.auditLog().append(em, entry(actor, action, target, outcome, details));
    }

    /**
     * Appends rows inside the caller's transaction under one lock of the chain head, in their
     * order (several actions committed together, each with its own row).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<AuditEntry> entries) {
        context.auditLog().appendAll(em, entries);
    }

    /** The row {@link #record} would append, for {@link #recordAll}; stamped now. */
    public AuditEntry entry(String actor, String action, String target, AuditOutcome outcome, Map<String, ?> details) {
        return new AuditEntry(actor, action, target, outcome, json(details), context.clock().instant());
    }

    /** Appends a row in a transaction of its own, for refusals and failures. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(String actor, String action, String target, Map<String, ?> details) {
        context.auditLog().append(em, entry(actor, action, target, AuditOutcome.FAILURE, details));
    }

    /** Appends a row in a transaction of its own (events that are not part of another action). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(String actor, String action, String target, AuditOutcome outcome, Map<String, ?> details) {
        record(actor, action, target, outcome, details);
    }

    static String json(Map<String, ?> details) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        details.forEach((k, v) -> {
            if (v == null) {
                b.addNull(k);
            } else if (v instanceof Number n) {
                number(b, k, n);
            } else if (v instanceof Boolean bool) {
                b.add(k, bool);
            } else {
                b.add(k, truncate(v.toString()));
            }
        });
        return b.build().toString();
    }

    /** Numbers keep their exact value (a 160-bit serial, a fraction); NaN, infinities and other kinds are text. */
    private static void number(JsonObjectBuilder b, String k, Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            b.add(k, n.longValue());
        } else if (n instanceof BigInteger big) {
            b.add(k, big);
        } else if (n instanceof BigDecimal dec) {
            b.add(k, dec);
        } else if ((n instanceof Double || n instanceof Float) && Double.isFinite(n.doubleValue())) {
            b.add(k, new BigDecimal(n.toString()));
        } else {
            b.add(k, truncate(n.toString()));
        }
    }

    /** Cuts long values at 2000 chars, never between the two halves of a surrogate pair. */
    private static String truncate(String s) {
        if (s.length() <= 2000) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(1999)) ? 1999 : 2000;
        return s.substring(0, end) + "…";
    }
}
