package vn.govca.db.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import vn.govca.db.domain.RaRequestApprovalRecord;
import vn.govca.db.domain.RaRequestRecord;
import vn.govca.db.domain.RaRequestState;
import vn.govca.db.domain.RaRequestTransitionRecord;
import vn.govca.db.domain.RaRequestType;
import vn.govca.db.domain.RaScope;

/**
 * RA requests with their history and approvals. Lists page newest first by keyset through the
 * (province|agency, state, id) indexes of migration V3; dashboard counts are GROUP BY queries over
 * the same indexes. A request being acted on is read with {@link #byIdForUpdate}, so two
 * operators approving at once are serialised by the row lock.
 */
public final class RaRequestRepository {

    /** Largest page {@link #page} returns. */
    public static final int MAX_PAGE_SIZE = 500;
    /** Name of the unique key on (request, approver). */
    public static final String APPROVAL_KEY = "uq_ra_request_approval_approver";
    private static final List<RaRequestState> OPEN = List.of(RaRequestState.SUBMITTED, RaRequestState.INFO_REQUESTED,
            RaRequestState.APPROVED);

    private final EntityManager em;

    public RaRequestRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /** Inserts a new request (its id is known afterwards) or flushes a managed one. */
    public RaRequestRecord save(RaRequestRecord request) {
        Objects.requireNonNull(request, "request");
        if (request.id() == null) {
            em.persist(request);
        }
        em.flush();
        return request;
    }

    public Optional<RaRequestRecord> byId(long id) {
        return Optional.ofNullable(em.find(RaRequestRecord.class, id));
    }

    /** The request, locked (SELECT ... FOR UPDATE) until the transaction ends. */
    public Optional<RaRequestRecord> byIdForUpdate(long id) {
        return Optional.ofNullable(em.find(RaRequestRecord.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The request if it is inside {@code scope}; empty when it does not exist or is outside. */
    public Optional<RaRequestRecord> byIdInScope(long id, RaScope scope) {
        JpqlWhere where = new JpqlWhere().and("r.id = :id", "id", id).scope(scope, "r");
        return where.bind(em.createQuery("SELECT r FROM RaRequestRecord r" + where.sql(), RaRequestRecord.class))
                .getResultStream().findFirst();
    }

    /**
     * One page of requests matching {@code filter}, newest first.
     *
     * @param after the previous page's {@link RecordPage#nextCursor()}, empty for page 1
     * @param limit 1 to {@link #MAX_PAGE_SIZE}
     */
    public RecordPage<RaRequestRecord> page(RaRequestFilter filter, OptionalLong after, int limit) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(after, "after");
        JpqlWhere.checkLimit(limit, MAX_PAGE_SIZE);
        JpqlWhere where = new JpqlWhere().scope(filter.scope(), "r")
                .and("r.state = :state", "state", filter.state())
                .and("r.type = :type", "type", filter.type())
                .and("r.filedBy = :filedBy", "filedBy", filter.filedBy())
                .and("r.subscriberId = :subscriber", "subscriber", filter.subscriberId());
        if (filter.overdueOn() != null) {
            where.and("r.state IN :open", "open", OPEN).and("r.dueOn < :today", "today", filter.overdueOn());
        }
        if (after.isPresent()) {
            where.and("r.id < :after", "after", after.getAsLong());
        }
        return JpqlWhere.page(where.bind(em.createQuery("SELECT r FROM RaRequestRecord r" + where.sql()
                + " ORDER BY r.id DESC", RaRequestRecord.class)), limit, RaRequestRecord::id);
    }

    /** Number of requests of {@code scope} in each state; every state is present, 0 if none. */
    public Map<RaRequestState, Long> countsByState(RaScope scope) {
        Map<RaRequestState, Long> counts = new EnumMap<>(RaRequestState.class);
        for (RaRequestState s : RaRequestState.values()) {
            counts.put(s, 0L);
        }
        for (RequestCount c : countsByTypeAndState(scope)) {
            counts.merge(c.state(), c.count(), Long::sum);
        }
        return counts;
    }

    /** A dashboard cell: how many requests of a type are in a state. */
    public record RequestCount(RaRequestType type, RaRequestState state, long count) {
    }

    /** Number of requests of {@code scope} per type and state (only non-zero cells). */
    public List<RequestCount> countsByTypeAndState(RaScope scope) {
        JpqlWhere where = new JpqlWhere().scope(scope, "r");
        List<Object[]> rows = where.bind(em.createQuery("SELECT r.type, r.state, COUNT(r) FROM RaRequestRecord r"
                + where.sql() + " GROUP BY r.type, r.state", Object[].class)).getResultList();
        List<RequestCount> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            out.add(new RequestCount((RaRequestType) row[0], (RaRequestState) row[1], ((Number) row[2]).longValue()));
        }
        return out;
    }

    /** Number of open requests of {@code scope} due before {@code today}. */
    public long countOverdue(RaScope scope, LocalDate today) {
        Objects.requireNonNull(today, "today");
        JpqlWhere where = new JpqlWhere().scope(scope, "r").and("r.state IN :open", "open", OPEN)
                .and("r.dueOn < :today", "today", today);
        return where.bind(em.createQuery("SELECT COUNT(r) FROM RaRequestRecord r" + where.sql(), Long.class))
                .getSingleResult();
    }

    /** The history of a request, oldest first. */
    public List<RaRequestTransitionRecord> transitions(long requestId) {
        return em.createQuery("SELECT t FROM RaRequestTransitionRecord t WHERE t.requestId = :r ORDER BY t.id",
                        RaRequestTransitionRecord.class)
                .setParameter("r", requestId)
                .getResultList();
    }

    /** The approvals of a request, oldest first. */
    public List<RaRequestApprovalRecord> approvals(long requestId) {
        return em.createQuery("SELECT a FROM RaRequestApprovalRecord a WHERE a.requestId = :r ORDER BY a.id",
                        RaRequestApprovalRecord.class)
                .setParameter("r", requestId)
                .getResultList();
    }

    public RaRequestTransitionRecord addTransition(RaRequestTransitionRecord transition) {
        Objects.requireNonNull(transition, "transition");
        em.persist(transition);
        em.flush();
        return transition;
    }

    /** @throws DuplicateKeyException this approver already approved this request */
    public RaRequestApprovalRecord addApproval(RaRequestApprovalRecord approval) {
        Objects.requireNonNull(approval, "approval");
        UniqueViolations.persistAndFlush(em, approval, cause -> new DuplicateKeyException(APPROVAL_KEY,
                "administrator " + approval.approverId() + " has already approved request " + approval.requestId(),
                cause));
        return approval;
    }
}
