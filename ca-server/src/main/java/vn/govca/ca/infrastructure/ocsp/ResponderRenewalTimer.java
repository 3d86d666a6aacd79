package vn.govca.ca.infrastructure.ocsp;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.govca.ca.application.ocsp.OcspService;
import vn.govca.ca.infrastructure.startup.StartupSequence;

/**
 * Every 5 minutes, renews the OCSP responder certificates that are due (a third of their ≤ 30 days
 * left) or were revoked, and retries CAs whose token was offline ({@link OcspService#renew()};
 * cheap when nothing is due: one CA list query and one status look-up per CA). Not persistent: a
 * missed run is simply the next one. Runs without a container transaction, like the start-up
 * sequence: the issuance cycle commits its own steps.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ResponderRenewalTimer {

    @Inject
    OcspService ocsp;

    @Inject
    StartupSequence startup;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void renew() {
        if (startup.ready()) {
            ocsp.renew();
        }
    }
}
