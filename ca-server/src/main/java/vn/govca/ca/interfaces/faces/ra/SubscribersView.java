package vn.govca.ca.interfaces.faces.ra;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.primefaces.component.datatable.DataTable;
import vn.govca.ca.application.ra.AgencyService;
import vn.govca.ca.application.ra.SubscriberService;
import vn.govca.ca.domain.subscriber.FieldError;
import vn.govca.ca.domain.subscriber.SubscriberDetails;
import vn.govca.ca.domain.subscriber.Validation;
import vn.govca.ca.interfaces.faces.Dates;
import vn.govca.ca.interfaces.faces.KeysetLazyModel;
import vn.govca.ca.interfaces.faces.RaSession;
import vn.govca.db.domain.AgencyRecord;
import vn.govca.db.domain.SubscriberKind;
import vn.govca.db.domain.SubscriberRecord;
import vn.govca.db.infrastructure.RecordPage;
import vn.govca.pki.domain.GovCaException;

/**
 * Subscribers page ({@code subscribers/list.xhtml}): the subscribers in the reader's scope
 * (keyset-paged, by kind and name prefix) and the new-subscriber form (individual, organization,
 * device), each bad field marked with the domain's message. {@link SubscriberService} checks scope
 * and refuses a duplicate identity document in one agency (CONFLICT).
 */
@Named
@ViewScoped
public class SubscribersView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "create";
    private static final int AGENCY_CHOICES = 500;

    @Inject
    SubscriberService subscribers;

    @Inject
    AgencyService agencies;

    @Inject
    RaSession session;

    private String kindFilter;
    private String nameFilter;
    private SubscriberForm form = new SubscriberForm();
    private Map<String, Long> agencyChoices;
    private final KeysetLazyModel<SubscriberRow> model = new KeysetLazyModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected KeysetLazyModel.Slice<SubscriberRow> fetch(Long cursor, int pageSize) {
            try {
                RecordPage<SubscriberRecord> page = subscribers.page(session.requirePrincipal(), null,
                        RequestListView.parse(SubscriberKind.class, kindFilter), nameFilter, null,
                        cursor == null ? OptionalLong.empty() : OptionalLong.of(cursor), pageSize);
                return new KeysetLazyModel.Slice<>(page.items().stream().map(SubscriberRow::of).toList(),
                        page.nextCursor().isPresent() ? page.nextCursor().getAsLong() : null);
            } catch (GovCaException e) {
                WorkflowMessages.refused(e);
                return new KeysetLazyModel.Slice<>(List.of(), null);
            }
        }

        @Override
        protected String key(SubscriberRow row) {
            return Long.toString(row.id());
        }
    };

    /** Search button of the list. */
    public void search() {
        model.reset();
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("list:table");
        if (table != null) {
            table.setFirst(0);
        }
    }

    /** Save button: validates every field, then creates the subscriber under the chosen agency. */
    public void create() {
        Validation<? extends SubscriberDetails> v = form.validate(LocalDate.now(Dates.VIETNAM));
        if (!v.isValid()) {
            for (FieldError e : v.errors().list()) {
                WorkflowMessages.field(FORM + ":" + e.field(), e);
            }
            WorkflowMessages.error("subs.fixFields");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (form.getAgencyId() == null) {
            WorkflowMessages.error("subs.chooseAgency");
            return;
        }
        try {
            SubscriberRecord s = subscribers.create(session.requirePrincipal(), form.getAgencyId(), v.value());
            WorkflowMessages.info("subs.created", s.displayName(), s.id());
            form = new SubscriberForm();
            search();
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
        }
    }

    /** The agencies in scope to place a subscriber under. */
    public Map<String, Long> getAgencyChoices() {
        if (agencyChoices == null) {
            agencyChoices = new LinkedHashMap<>();
            try {
                for (AgencyRecord a : agencies.search(session.requirePrincipal(), "", AGENCY_CHOICES)) {
                    agencyChoices.put(a.name() + " (#" + a.id() + ")", a.id());
                }
            } catch (GovCaException e) {
                WorkflowMessages.refused(e);
            }
        }
        return agencyChoices;
    }

    public List<String> getKinds() {
        return Arrays.stream(SubscriberKind.values()).map(Enum::name).toList();
    }

    public boolean isIndividual() {
        return SubscriberKind.INDIVIDUAL.name().equals(form.getKind());
    }

    public boolean isOrganization() {
        return SubscriberKind.ORGANIZATION.name().equals(form.getKind());
    }

    public boolean isDevice() {
        return SubscriberKind.DEVICE.name().equals(form.getKind());
    }

    public KeysetLazyModel<SubscriberRow> getModel() {
        return model;
    }

    public SubscriberForm getForm() {
        return form;
    }

    public String getKindFilter() {
        return kindFilter;
    }

    public void setKindFilter(String kindFilter) {
        this.kindFilter = kindFilter;
    }

    public String getNameFilter() {
        return nameFilter;
    }

    public void setNameFilter(String nameFilter) {
        this.nameFilter = nameFilter;
    }
}
