package vn.govca.ca.domain.ra;

import java.util.Objects;

/**
 * Where an agency, subscriber, request or certificate sits for authorization: its province (null
 * for central bodies) and its managing agency's materialized path ({@code /3/17/}).
 */
public record Placement(Long provinceId, String agencyPath) {

    public Placement {
        Objects.requireNonNull(agencyPath, "agencyPath");
    }
}
