package vn.govca.ca.interfaces.faces.ra;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.govca.ca.application.ra.AgencyService;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.interfaces.faces.RaSession;
import vn.govca.db.domain.AgencyDetails;
import vn.govca.db.domain.AgencyRecord;
import vn.govca.db.domain.ProvinceRecord;
import vn.govca.pki.domain.GovCaException;

/**
 * Agencies page ({@code agencies/list.xhtml}): the agency trees in the reader's scope, in tree
 * order, and the form to add an agency under a parent or as a province's top-level agency.
 * {@link AgencyService} decides where the reader may add (a manager: inside their scope only).
 */
@Named
@ViewScoped
public class AgenciesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LIMIT = 500;

    @Inject
    AgencyService agencies;

    @Inject
    RaSession session;

    private String filter;
    private List<AgencyRow> rows = List.of();
    private Map<String, Long> provinceChoices = Map.of();
    private Long provinceId;
    private Long parentId;
    private String name;
    private String taxCode;
    private String budgetCode;
    private String address;
    private String email;

    /** View action: the tree and the provinces; a manager's own province is preselected. */
    public void load() {
        try {
            Principal who = session.requirePrincipal();
            Map<String, Long> provinces = new LinkedHashMap<>();
            for (ProvinceRecord p : agencies.provinces(who)) {
                provinces.put(p.name() + " (" + p.code() + ")", p.id());
            }
            provinceChoices = provinces;
            if (provinceId == null && who.scope() != null && !who.scope().isEverywhere()) {
                provinceId = who.scope().provinceId();
            }
            search();
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
        }
    }

    /** Search button: agencies whose name starts with the filter, in tree order. */
    public void search() {
        try {
            rows = agencies.search(session.requirePrincipal(), filter, LIMIT).stream().map(AgencyRow::of)
                    .sorted(Comparator.comparing(AgencyRow::path)).toList();
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
        }
    }

    /** Save button. */
    public void create() {
        try {
            AgencyRecord a = agencies.create(session.requirePrincipal(), parentId == null ? provinceId : null, parentId,
                    new AgencyDetails(name, taxCode, budgetCode, address, email));
            WorkflowMessages.info("agency.created", a.name(), a.id());
            name = null;
            taxCode = null;
            budgetCode = null;
            address = null;
            email = null;
            search();
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
        }
    }

    /** Possible parents: the agencies shown. */
    public Map<String, Long> getParentChoices() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (AgencyRow r : rows) {
            m.put("\u00a0".repeat(r.indent()) + r.name() + " (#" + r.id() + ")", r.id());
        }
        return m;
    }

    public List<AgencyRow> getRows() {
        return rows;
    }

    public Map<String, Long> getProvinceChoices() {
        return provinceChoices;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public Long getProvinceId() {
        return provinceId;
    }

    public void setProvinceId(Long provinceId) {
        this.provinceId = provinceId;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTaxCode() {
        return taxCode;
    }

    public void setTaxCode(String taxCode) {
        this.taxCode = taxCode;
    }

    public String getBudgetCode() {
        return budgetCode;
    }

    public void setBudgetCode(String budgetCode) {
        this.budgetCode = budgetCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
