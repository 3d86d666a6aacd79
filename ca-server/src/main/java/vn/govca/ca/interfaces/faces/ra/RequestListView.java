package vn.govca.ca.interfaces.faces.ra;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.primefaces.component.datatable.DataTable;
import vn.govca.ca.application.ra.RequestQueries;
import vn.govca.ca.application.ra.SubscriberService;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.interfaces.faces.Dates;
import vn.govca.ca.interfaces.faces.KeysetLazyModel;
import vn.govca.ca.interfaces.faces.RaSession;
import vn.govca.db.domain.RaRequestRecord;
import vn.govca.db.domain.RaRequestState;
import vn.govca.db.domain.RaRequestType;
import vn.govca.db.infrastructure.RecordPage;
import vn.govca.pki.domain.GovCaException;

/**
 * The request list ({@code requests/list.xhtml}) and the operators' approval queue
 * ({@code requests/queue.xhtml}, the SUBMITTED requests): filter by state, type, overdue and "filed
 * by me", keyset-paged through {@link RequestQueries}, which limits every row to the reader's scope.
 */
@Named
@ViewScoped
public class RequestListView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE = "requests:table";

    @Inject
    RequestQueries queries;

    @Inject
    SubscriberService subscribers;

    @Inject
    RaSession session;

    private String state;
    private String type;
    private boolean overdueOnly;
    private boolean mine;
    private final Model model = new Model();

    /** The lazy table model; reads go through this view's injected services. */
    final class Model extends KeysetLazyModel<RequestRow> {

        private static final long serialVersionUID = 1L;

        @Override
        protected KeysetLazyModel.Slice<RequestRow> fetch(Long cursor, int pageSize) {
            try {
                Principal who = session.requirePrincipal();
                RecordPage<RaRequestRecord> page = queries.page(who, parse(RaRequestState.class, state),
                        parse(RaRequestType.class, type), overdueOnly, mine,
                        cursor == null ? OptionalLong.empty() : OptionalLong.of(cursor), pageSize);
                LocalDate today = LocalDate.now(Dates.VIETNAM);
                Map<Long, String> names = new HashMap<>();
                List<RequestRow> rows = page.items().stream().map(r -> RequestRow.of(r,
                        names.computeIfAbsent(r.subscriberId(), id -> name(who, id)), today)).toList();
                return new KeysetLazyModel.Slice<>(rows, page.nextCursor().isPresent() ? page.nextCursor().getAsLong() : null);
            } catch (GovCaException e) {
                WorkflowMessages.refused(e);
                return new KeysetLazyModel.Slice<>(List.of(), null);
            }
        }

        @Override
        protected String key(RequestRow row) {
            return row.key();
        }
    }

    /** View action of the approval queue: the submitted requests waiting for a decision. */
    public void queue() {
        state = RaRequestState.SUBMITTED.name();
    }

    /** Search button: new filter, first page. */
    public void search() {
        model.reset();
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    private String name(Principal who, long subscriberId) {
        try {
            return subscribers.get(who, subscriberId).displayName();
        } catch (GovCaException e) {
            return "#" + subscriberId;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
    }

    public KeysetLazyModel<RequestRow> getModel() {
        return model;
    }

    public List<String> getStates() {
        return Arrays.stream(RaRequestState.values()).map(Enum::name).toList();
    }

    public List<String> getTypes() {
        return Arrays.stream(RaRequestType.values()).map(Enum::name).toList();
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}
