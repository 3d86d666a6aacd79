package vn.govca.ca.interfaces.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Times as the RA's readers see them: Vietnam time (UTC+7, no daylight saving), day first.
 * Stored and compared as UTC instants everywhere else.
 */
@Named("dates")
@ApplicationScoped
public class Dates {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    public String format(Instant t) {
        return t == null ? "" : FORMAT.format(t.atZone(VIETNAM));
    }

    static Instant toInstant(LocalDateTime local) {
        return local == null ? null : local.atZone(VIETNAM).toInstant();
    }
}
