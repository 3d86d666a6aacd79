package vn.govca.pki.domain.profile;

import java.util.Optional;
import vn.govca.pki.domain.GovCaException;

/**
 * The basicConstraints extension of a profile (RFC 5280 §4.2.1.9). {@code pathLen} is
 * {@code null} for no path length constraint.
 */
public record BasicConstraintsRule(boolean present, boolean critical, boolean ca, Integer pathLen) {

    public static final BasicConstraintsRule END_ENTITY = new BasicConstraintsRule(true, true, false, null);

    public BasicConstraintsRule {
        if (!present && (ca || pathLen != null)) {
            throw GovCaException.policy("field basicConstraints: ca or pathLen set while present is false");
        }
        if (pathLen != null && (!ca || pathLen < 0)) {
            throw GovCaException.policy("field basicConstraints.pathLen: must be >= 0 and only with"
                    + " ca true, value " + pathLen);
        }
    }

    public Optional<Integer> pathLenConstraint() {
        return Optional.ofNullable(pathLen);
    }
}
