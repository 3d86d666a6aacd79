package vn.govca.ca.application.crl;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigInteger;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import vn.govca.crl.domain.RevokedEntry;
import vn.govca.crl.domain.RevokedEntrySource;
import vn.govca.db.infrastructure.RevokedCertificateReader;
import vn.govca.pki.domain.GovCaException;

/**
 * Feeds the streaming CRL writer from the database (STYLE: "the CRL publisher streams revoked
 * entries"): each source runs one streaming query of {@link RevokedCertificateReader} when the
 * writer asks and turns each row into a {@link RevokedEntry} as it arrives, so no list of entries
 * ever exists in memory (DESIGN "Scale").
 */
@ApplicationScoped
public class RevokedEntries {

    @Resource(lookup = "java:jboss/datasources/GovCaDS")
    DataSource dataSource;

    /**
     * Entries of a complete CRL: the CA's revoked and suspended certificates, without those
     * expired at {@code notExpiredAt} (null keeps them).
     */
    public RevokedEntrySource full(long caId, String caName, Instant notExpiredAt) {
        return sink -> {
            try {
                new RevokedCertificateReader(dataSource).forEachOnCrl(caId, notExpiredAt,
                        row -> sink.accept(entry(row)));
            } catch (SQLException e) {
                throw GovCaException.unavailable("cannot read the revoked certificates of CA '" + caName + "': "
                        + e.getMessage(), e);
            }
        };
    }

    /**
     * Entries of a delta CRL: certificates revoked, suspended, re-reasoned or released from hold
     * (removeFromCRL) at or after {@code since}.
     */
    public RevokedEntrySource changedSince(long caId, String caName, Instant since, Instant notExpiredAt) {
        return sink -> {
            try {
                new RevokedCertificateReader(dataSource).forEachChangedSince(caId, since, notExpiredAt,
                        row -> sink.accept(entry(row)));
            } catch (SQLException e) {
                throw GovCaException.unavailable("cannot read the status changes of CA '" + caName + "': "
                        + e.getMessage(), e);
            }
        };
    }

    static RevokedEntry entry(RevokedCertificateReader.Row row) {
        BigInteger serial = new BigInteger(row.serialHex(), 16);
        if (row.releasedFromHold()) {
            return RevokedEntry.releasedFromHold(serial, row.time());
        }
        return new RevokedEntry(serial, row.time(), row.reasonCode(), row.invalidityDate());
    }
}
