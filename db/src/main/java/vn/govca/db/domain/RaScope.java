package vn.govca.db.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What part of the RA a user may see: everything (Cipher Committee staff), one province, or one
 * agency tree (a central body's subscriber manager). This is the security boundary of issue 4:
 * every repository query over agencies, subscribers, requests and certificates takes one and
 * turns it into SQL, so a subscriber manager of province X never receives a row of province Y.
 * Both parts may be set; they then both apply.
 *
 * @param provinceId  null: any province (including central bodies without one)
 * @param agencyPath  materialised path of the tree's root agency, e.g. {@code /3/17/}; null: any
 */
public record RaScope(Long provinceId, String agencyPath) implements java.io.Serializable {

    /** A path of positive ids, each followed by '/': no LIKE wildcards can get into a query. */
    private static final Pattern PATH = Pattern.compile("(/[1-9][0-9]{0,18})+/");
    private static final RaScope EVERYWHERE = new RaScope(null, null);

    public RaScope {
        if (agencyPath != null && !PATH.matcher(agencyPath).matches()) {
            throw new IllegalArgumentException("agency path '" + agencyPath
                    + "' must be agency ids each between slashes, e.g. /3/17/");
        }
        if (provinceId != null && provinceId <= 0) {
            throw new IllegalArgumentException("province id " + provinceId + " must be positive");
        }
    }

    /** No restriction: CA administrators, operators and auditors. */
    public static RaScope everywhere() {
        return EVERYWHERE;
    }

    public static RaScope province(long provinceId) {
        return new RaScope(provinceId, null);
    }

    /** The agency and everything below it. */
    public static RaScope agencyTree(String agencyPath) {
        return new RaScope(null, Objects.requireNonNull(agencyPath, "agencyPath"));
    }

    /** The agency and everything below it; the agency must have been saved (its path is complete). */
    public static RaScope agencyTree(AgencyRecord agency) {
        Objects.requireNonNull(agency, "agency");
        if (!agency.hasCompletePath()) {
            throw new IllegalArgumentException("agency " + agency.name() + " has not been saved; its path is not known");
        }
        return new RaScope(null, agency.path());
    }

    public boolean isEverywhere() {
        return provinceId == null && agencyPath == null;
    }

    /**
     * True when a row of {@code rowProvinceId} managed by the agency at {@code rowAgencyPath} is
     * inside this scope; the check services make on a single record found by id.
     */
    public boolean covers(Long rowProvinceId, String rowAgencyPath) {
        if (provinceId != null && !provinceId.equals(rowProvinceId)) {
            return false;
        }
        return agencyPath == null || rowAgencyPath != null && rowAgencyPath.startsWith(agencyPath);
    }

    /** True when {@code agency} (saved) is inside this scope. */
    public boolean covers(AgencyRecord agency) {
        return covers(agency.provinceId(), agency.path());
    }
}
