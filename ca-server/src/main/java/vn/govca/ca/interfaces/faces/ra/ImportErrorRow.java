package vn.govca.ca.interfaces.faces.ra;

import java.io.Serializable;
import vn.govca.ca.application.ra.csvimport.RowError;

/** One row error of a refused import, as the page's table shows it. */
public record ImportErrorRow(int line, String column, String value, String message) implements Serializable {

    static ImportErrorRow of(RowError e) {
        return new ImportErrorRow(e.lineNumber(), e.column(), e.value(), e.message());
    }
}
