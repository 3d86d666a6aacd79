package vn.govca.ca.interfaces.faces.ra;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import vn.govca.ca.application.ra.AgencyService;
import vn.govca.ca.application.ra.ProvinceService;
import vn.govca.ca.domain.auth.Principal;
import vn.govca.ca.domain.ra.RaAction;
import vn.govca.ca.interfaces.faces.RaSession;
import vn.govca.db.domain.ProvinceKind;
import vn.govca.db.domain.ProvinceRecord;
import vn.govca.pki.domain.GovCaException;

/**
 * Provinces page ({@code provinces.xhtml}): the provincial units for every reader, and for CA
 * administrators the form that renames one, changes its kind or marks it inactive.
 * {@link ProvinceService} refuses everyone else; the page only hides the form from them.
 */
@Named
@ViewScoped
public class ProvincesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One province as the table shows it. */
    public record ProvinceRow(long id, String code, String name, String kind, boolean active) implements Serializable {
        static ProvinceRow of(ProvinceRecord p) {
            return new ProvinceRow(p.id(), p.code(), p.name(), p.kind().name(), p.active());
        }
    }

    @Inject
    AgencyService agencies;

    @Inject
    ProvinceService provinces;

    @Inject
    RaSession session;

    private List<ProvinceRow> rows = List.of();
    private boolean editor;
    private Long editingId;
    private String editingCode;
    private String name;
    private String kind;
    private boolean active;

    /** View action: the list, and whether the reader may edit it. */
    public void load() {
        try {
            Principal who = session.requirePrincipal();
            editor = RaAction.MANAGE_REFERENCE_DATA.allows(who.role());
            rows = agencies.provinces(who).stream().map(ProvinceRow::of).toList();
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
        }
    }

    /** Edit button of a row: the form takes the row's values. */
    public void edit(ProvinceRow row) {
        editingId = row.id();
        editingCode = row.code();
        name = row.name();
        kind = row.kind();
        active = row.active();
    }

    /** Save button of the form. */
    public void save() {
        if (editingId == null) {
            return;
        }
        try {
            ProvinceRecord p = provinces.update(session.requirePrincipal(), editingId, name, kind, active);
            RegistryMessages.info("prov.saved", p.name(), p.code());
            cancel();
            load();
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
        }
    }

    public void cancel() {
        editingId = null;
        editingCode = null;
        name = null;
        kind = null;
    }

    public List<String> getKinds() {
        return Arrays.stream(ProvinceKind.values()).map(Enum::name).toList();
    }

    public List<ProvinceRow> getRows() {
        return rows;
    }

    public boolean isEditor() {
        return editor;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getEditingCode() {
        return editingCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
