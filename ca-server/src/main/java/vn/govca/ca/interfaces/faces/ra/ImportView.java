package vn.govca.ca.interfaces.faces.ra;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import vn.govca.ca.application.ra.ImportService;
import vn.govca.ca.application.ra.csvimport.ImportReport;
import vn.govca.ca.application.ra.csvimport.ImportTemplate;
import vn.govca.ca.interfaces.faces.Downloads;
import vn.govca.ca.interfaces.faces.RaSession;
import vn.govca.pki.domain.GovCaException;

/**
 * Bulk import page ({@code import.xhtml}): a CSV of subscribers with their new-issuance requests
 * goes to {@link ImportService}, which checks every row and stores all or nothing. The page shows
 * the upload's progress, then either the counts imported or every row error, with the error report
 * (CSV, UTF-8 with BOM) and the template to download.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImportService imports;

    @Inject
    RaSession session;

    private List<ImportErrorRow> errors = List.of();
    private byte[] errorReport;
    private boolean done;
    private boolean accepted;

    /** Listener of the file upload: imports the file (all or nothing) and keeps its outcome for the page. */
    public void upload(FileUploadEvent event) {
        done = false;
        errors = List.of();
        errorReport = null;
        try (InputStream in = event.getFile().getInputStream()) {
            ImportService.Outcome outcome = imports.importCsv(session.requirePrincipal(), in);
            ImportReport report = outcome.report();
            done = true;
            accepted = outcome.accepted();
            if (accepted) {
                WorkflowMessages.info("import.accepted", outcome.subscribers(), outcome.requests());
            } else {
                errors = report.errors().stream().map(ImportErrorRow::of).toList();
                errorReport = report.errorReportCsv();
                WorkflowMessages.error("import.refused", errors.size(), report.rejectedLines().size());
            }
        } catch (GovCaException e) {
            WorkflowMessages.refused(e);
        } catch (IOException e) {
            WorkflowMessages.refused(GovCaException.malformed("the uploaded file could not be read: " + e.getMessage()));
        }
    }

    /** The error report of the last refused file. */
    public void downloadErrors() {
        if (errorReport != null) {
            Downloads.send("text/csv; charset=UTF-8", "bao_cao_loi_nhap.csv", errorReport);
        }
    }

    /** The template CSV with one example per subscriber kind. */
    public void downloadTemplate() {
        Downloads.send("text/csv; charset=UTF-8", ImportTemplate.FILE_NAME, ImportTemplate.bytes());
    }

    public List<ImportErrorRow> getErrors() {
        return errors;
    }

    public boolean isDone() {
        return done;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public boolean isHasErrors() {
        return !errors.isEmpty();
    }
}
