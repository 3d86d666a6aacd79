package vn.govca.ca.interfaces.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.component.datatable.DataTable;
import vn.govca.ca.application.ca.CaDirectory;
import vn.govca.ca.application.certificates.CertificateQueries;
import vn.govca.db.domain.CertificateAuthorityRecord;
import vn.govca.db.domain.CertificateStatus;
import vn.govca.db.infrastructure.CertificatePage;
import vn.govca.pki.domain.GovCaException;

/**
 * Certificates page: search by CA, status and subject text through {@link CertificateQueries}
 * (which checks the reader's role), keyset-paged in a lazy table.
 */
@Named
@ViewScoped
public class CertificateSearchView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String TABLE = "search:certificates";

    @Inject
    CertificateQueries queries;

    @Inject
    CaDirectory directory;

    @Inject
    RaSession session;

    private String ca;
    private String status;
    private String subject;
    private boolean contains = true;
    private final Model model = new Model();

    /** The lazy model; reads go through the injected services of the current request's bean instance. */
    final class Model extends KeysetLazyModel<CertificateRow> {

        private static final long serialVersionUID = 1L;

        @Override
        protected Slice<CertificateRow> fetch(Long cursor, int pageSize) {
            try {
                CertificatePage page = queries.search(session.requirePrincipal(),
                        new CertificateQueries.Filter(ca, status, null, subject, contains), cursor, pageSize);
                Map<Long, String> names = caNames();
                return new Slice<>(page.items().stream().map(c -> CertificateRow.of(c, names.get(c.caId()))).toList(),
                        page.nextCursor().isPresent() ? page.nextCursor().getAsLong() : null);
            } catch (GovCaException e) {
                UiMessages.refused(e);
                return new Slice<>(List.of(), null);
            }
        }

        @Override
        protected String key(CertificateRow row) {
            return row.key();
        }
    }

    /** Search button: new filter, first page. */
    public void search() {
        model.reset();
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table != null) {
            table.setFirst(0);
        }
    }

    public KeysetLazyModel<CertificateRow> getModel() {
        return model;
    }

    public List<String> getCaNames() {
        return directory.all().stream().map(CertificateAuthorityRecord::name).toList();
    }

    public List<String> getStatuses() {
        return List.of(CertificateStatus.ACTIVE.name(), CertificateStatus.ON_HOLD.name(),
                CertificateStatus.REVOKED.name());
    }

    private Map<Long, String> caNames() {
        return directory.all().stream().collect(Collectors.toMap(CertificateAuthorityRecord::id,
                CertificateAuthorityRecord::name));
    }

    public String getCa() {
        return ca;
    }

    public void setCa(String ca) {
        this.ca = ca;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public boolean isContains() {
        return contains;
    }

    public void setContains(boolean contains) {
        this.contains = contains;
    }
}
