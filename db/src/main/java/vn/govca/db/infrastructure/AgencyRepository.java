package vn.govca.db.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import vn.govca.db.domain.AgencyRecord;
import vn.govca.db.domain.RaScope;
import vn.govca.db.domain.SearchText;

/**
 * Agency trees. A subtree is read by its materialised path prefix through index ix_agency_path;
 * children and roots through ix_agency_parent and ix_agency_province_parent.
 */
public final class AgencyRepository {

    /** Largest page or list returned. */
    public static final int MAX_PAGE_SIZE = 500;

    private final EntityManager em;

    public AgencyRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /**
     * Inserts a new agency and completes its path with the assigned id (both in the caller's
     * transaction); an agency already saved is only flushed.
     */
    public AgencyRecord save(AgencyRecord agency) {
        Objects.requireNonNull(agency, "agency");
        if (agency.id() == null) {
            em.persist(agency);
            em.flush();
            agency.completePath();
        }
        em.flush();
        return agency;
    }

    public Optional<AgencyRecord> byId(long id) {
        return Optional.ofNullable(em.find(AgencyRecord.class, id));
    }

    /**
     * The names of the agencies among {@code ids}, by id, in one query on the primary key (the
     * dashboard names its top agencies with it instead of one read per agency). Ids of agencies
     * that do not exist are absent from the map.
     *
     * @param ids at most {@link #MAX_PAGE_SIZE} ids, so the {@code IN} list stays bounded
     */
    public Map<Long, String> namesById(Collection<Long> ids) {
        Objects.requireNonNull(ids, "ids");
        if (ids.size() > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException(ids.size() + " agency ids exceed the maximum of " + MAX_PAGE_SIZE);
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("SELECT a.id, a.name FROM AgencyRecord a WHERE a.id IN :ids",
                        Object[].class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList();
        Map<Long, String> names = new HashMap<>(rows.size() * 2);
        for (Object[] r : rows) {
            names.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return names;
    }

    /** The agency if it is inside {@code scope}; empty when it does not exist or is outside. */
    public Optional<AgencyRecord> byIdInScope(long id, RaScope scope) {
        JpqlWhere where = new JpqlWhere().and("a.id = :id", "id", id).agencyScope(scope, "a");
        return where.bind(em.createQuery("SELECT a FROM AgencyRecord a" + where.sql(), AgencyRecord.class))
                .getResultStream().findFirst();
    }

    /** Direct children of an agency, by name. */
    public List<AgencyRecord> children(long parentId) {
        return em.createQuery("SELECT a FROM AgencyRecord a WHERE a.parentId = :parent ORDER BY a.nameSearch, a.id",
                        AgencyRecord.class)
                .setParameter("parent", parentId)
                .setMaxResults(MAX_PAGE_SIZE)
                .getResultList();
    }

    /** Top-level agencies of a province, or the central bodies when {@code provinceId} is null; by name. */
    public List<AgencyRecord> roots(Long provinceId) {
        String province = provinceId == null ? "a.provinceId IS NULL" : "a.provinceId = :province";
        var query = em.createQuery("SELECT a FROM AgencyRecord a WHERE " + province
                + " AND a.parentId IS NULL ORDER BY a.nameSearch, a.id", AgencyRecord.class);
        if (provinceId != null) {
            query.setParameter("province", provinceId);
        }
        return query.setMaxResults(MAX_PAGE_SIZE).getResultList();
    }

    /**
     * The agencies of {@code scope} (for a tree scope: the root and everything below it), in id
     * order, one page at a time.
     *
     * @param after the previous page's cursor, empty for page 1
     * @param limit 1 to {@link #MAX_PAGE_SIZE}
     */
    public RecordPage<AgencyRecord> subtree(RaScope scope, OptionalLong after, int limit) {
        Objects.requireNonNull(after, "after");
        JpqlWhere.checkLimit(limit, MAX_PAGE_SIZE);
        JpqlWhere where = new JpqlWhere().agencyScope(scope, "a");
        if (after.isPresent()) {
            where.and("a.id > :after", "after", after.getAsLong());
        }
        return JpqlWhere.page(where.bind(em.createQuery("SELECT a FROM AgencyRecord a" + where.sql()
                + " ORDER BY a.id", AgencyRecord.class)), limit, AgencyRecord::id);
    }

    /**
     * Agencies of {@code scope} whose name starts with {@code text} (compared folded: without
     * diacritics, any case), by name.
     */
    public List<AgencyRecord> nameSearch(RaScope scope, String text, int limit) {
        JpqlWhere.checkLimit(limit, MAX_PAGE_SIZE);
        String folded = SearchText.fold(text);
        JpqlWhere where = new JpqlWhere().agencyScope(scope, "a");
        if (!folded.isEmpty()) {
            where.and(JpqlWhere.like("a.nameSearch", "name"), "name", JpqlWhere.prefixPattern(folded));
        }
        return where.bind(em.createQuery("SELECT a FROM AgencyRecord a" + where.sql()
                        + " ORDER BY a.nameSearch, a.id", AgencyRecord.class))
                .setMaxResults(limit)
                .getResultList();
    }
}
