package vn.govca.ca.application.ra;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.govca.db.domain.ProvinceRecord;
import vn.govca.db.infrastructure.ProvinceRepository;
import vn.govca.pki.domain.GovCaException;

/**
 * Issue 4 "Model": a province that a CA administrator deactivated (merged into another or
 * abolished, {@code PUT /provinces/{id}}) takes no new agencies and no new subscribers — through
 * the REST API, the RA web UI and the CSV import alike. What it already holds stays: its
 * agencies and subscribers remain readable and editable, and requests for its existing subscribers
 * may still be filed, so that a merged province's certificates can still be revoked (or renewed
 * until their subscribers are re-registered in the new province). Central bodies (no province)
 * are never refused. One instance serves one transaction; it remembers the provinces it read.
 */
final class ActiveProvinces {

    private final ProvinceRepository provinces;
    private final Map<Long, Optional<ProvinceRecord>> seen = new HashMap<>();

    ActiveProvinces(EntityManager em) {
        this.provinces = new ProvinceRepository(em);
    }

    /**
     * Why a new {@code what} (e.g. "agency", "subscriber") may not be placed in {@code provinceId},
     * or empty when it may: the province is active, or null (a central body).
     */
    Optional<String> refusal(Long provinceId, String what) {
        if (provinceId == null) {
            return Optional.empty();
        }
        return seen.computeIfAbsent(provinceId, provinces::byId)
                .filter(p -> !p.active())
                .map(p -> "province " + p.name() + " (code " + p.code() + ", #" + p.id()
                        + ") is inactive (merged or abolished): no new " + what + " may be created in it");
    }

    /** CONFLICT naming the province when a new {@code what} may not be placed in {@code provinceId}. */
    void require(Long provinceId, String what) {
        Optional<String> refusal = refusal(provinceId, what);
        if (refusal.isPresent()) {
            throw GovCaException.conflict(refusal.get());
        }
    }
}
