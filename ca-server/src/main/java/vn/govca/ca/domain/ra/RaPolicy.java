package vn.govca.ca.domain.ra;

import vn.govca.ca.domain.auth.Principal;

/**
 * The authorization rule of the registration authority (DESIGN invariant 8), in one place so that
 * every service asks the same question: may this principal perform this action on something placed
 * here? Refusals are FORBIDDEN (HTTP 403) and say who, what and where.
 *
 * <p>A thing outside the caller's scope is reported as not found by the services' look-ups (so ids
 * cannot be probed); this policy is the second line for everything that reaches an action.
 */
public final class RaPolicy {

    private RaPolicy() {
    }

    /** Refuses unless the principal's role may perform the action at all. */
    public static void require(Principal who, RaAction action) {
        if (!action.allows(who.role())) {
            throw RaErrors.forbidden("role " + who.role() + " may not " + action.phrase()
                    + "; allowed: " + action.roles());
        }
    }

    /** Refuses unless the principal may perform the action on something at {@code where}. */
    public static void require(Principal who, RaAction action, Placement where) {
        require(who, action);
        if (!who.covers(where.provinceId(), where.agencyPath())) {
            throw RaErrors.forbidden(who.username() + " (" + who.scopeText() + ") may not " + action.phrase()
                    + " outside their scope");
        }
    }

    /** Whether the principal may see something placed at {@code where}. */
    public static boolean mayView(Principal who, Placement where) {
        return RaAction.VIEW.allows(who.role()) && who.covers(where.provinceId(), where.agencyPath());
    }
}
