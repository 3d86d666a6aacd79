package vn.govca.ca.interfaces.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import vn.govca.ca.application.audit.AuditQueries;
import vn.govca.db.audit.AuditEventRecord;
import vn.govca.pki.domain.GovCaException;

/**
 * Audit log page: read-only, newest first, filtered by time (Vietnam time in the form), actor and
 * action, keyset-paged through {@link AuditQueries} (which lets only the CA administrator and the
 * auditor read).
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE = "audit:events";

    @Inject
    AuditQueries queries;

    @Inject
    RaSession session;

    private LocalDateTime from;
    private LocalDateTime to;
    private String actor;
    private String action;
    private final Model model = new Model();

    /** A row of the table. */
    public record Row(long seq, Instant time, String actor, String action, String target, String outcome,
                      String details) implements Serializable {

        static Row of(AuditEventRecord r) {
            return new Row(r.seq(), r.eventTime(), r.actor(), r.action(), r.target(), r.outcome().name(),
                    r.detailsJson());
        }
    }

    final class Model extends KeysetLazyModel<Row> {

        private static final long serialVersionUID = 1L;

        @Override
        protected Slice<Row> fetch(Long cursor, int pageSize) {
            try {
                AuditQueries.Page page = queries.page(session.requirePrincipal(), new AuditQueries.Filter(
                        Dates.toInstant(from), Dates.toInstant(to), actor, action), cursor, pageSize);
                return new Slice<>(page.rows().stream().map(Row::of).toList(),
                        page.nextCursor().isPresent() ? page.nextCursor().getAsLong() : null);
            } catch (GovCaException e) {
                UiMessages.refused(e);
                return new Slice<>(List.of(), null);
            }
        }

        @Override
        protected String key(Row row) {
            return Long.toString(row.seq());
        }
    }

    public void search() {
        model.reset();
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    public KeysetLazyModel<Row> getModel() {
        return model;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action == null ? null : action.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
