package vn.govca.ca.interfaces.faces.ra;

import java.io.Serializable;
import vn.govca.db.domain.AgencyRecord;

/** One agency of the tree, with its depth for indentation. */
public record AgencyRow(long id, String name, Long provinceId, Long parentId, int depth, String path, String taxCode,
                        String budgetCode) implements Serializable {

    static AgencyRow of(AgencyRecord a) {
        return new AgencyRow(a.id(), a.name(), a.provinceId(), a.parentId(), a.depth(), a.path(),
                a.taxCode() == null ? "" : a.taxCode(), a.budgetCode() == null ? "" : a.budgetCode());
    }

    /** Indentation of the name in the tree table, in rem. */
    public int indent() {
        return Math.max(0, depth - 1) * 2;
    }
}
