package vn.govca.ca.domain.auth;

import vn.govca.pki.domain.GovCaException;

/**
 * A CA administrator may not change the role of, or disable, their own account; another CA
 * administrator does it. Since the one acting is an enabled CA administrator, this keeps at
 * least one enabled CA administrator at every moment — nobody can lock the Cipher Committee out
 * of user management with a slip of the mouse.
 */
public final class OwnAccountRule {

    private OwnAccountRule() {
    }

    /** FORBIDDEN when {@code accountId} is the acting principal's own account. */
    public static void refuseOwn(Principal who, long accountId, String action) {
        if (who.id() == accountId) {
            throw new GovCaException(GovCaException.Category.FORBIDDEN, who.username() + " may not " + action
                    + " their own account; another CA administrator does it");
        }
    }
}
