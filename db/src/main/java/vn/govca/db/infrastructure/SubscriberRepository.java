package vn.govca.db.infrastructure;

import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import vn.govca.db.domain.IdentityDocumentType;
import vn.govca.db.domain.RaScope;
import vn.govca.db.domain.SubscriberRecord;

/**
 * Subscribers, listed newest first by keyset within a scope. A citizen ID is registered once per
 * agency: the unique key uq_subscriber_agency_identity refuses a second one, reported as
 * {@link DuplicateKeyException} when saving.
 */
public final class SubscriberRepository {

    /** Largest page {@link #page} returns. */
    public static final int MAX_PAGE_SIZE = 500;
    /** Name of the unique key on (agency, identity document type, number). */
    public static final String IDENTITY_KEY = "uq_subscriber_agency_identity";

    private final EntityManager em;

    public SubscriberRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    /**
     * Inserts a new subscriber, or flushes the changes of a managed one, so that a duplicate
     * identity is reported here rather than at commit.
     *
     * @throws DuplicateKeyException the agency already has a subscriber with this identity document
     */
    public SubscriberRecord save(SubscriberRecord subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        if (subscriber.id() == null) {
            UniqueViolations.persistAndFlush(em, subscriber, cause -> duplicate(subscriber, cause));
        } else {
            UniqueViolations.flush(em, cause -> duplicate(subscriber, cause));
        }
        return subscriber;
    }

    private static DuplicateKeyException duplicate(SubscriberRecord s, RuntimeException cause) {
        return new DuplicateKeyException(IDENTITY_KEY, "agency " + s.agencyId() + " already has a subscriber with "
                + s.idType() + " " + s.idNumber(), cause);
    }

    public Optional<SubscriberRecord> byId(long id) {
        return Optional.ofNullable(em.find(SubscriberRecord.class, id));
    }

    /** The subscriber if it is inside {@code scope}; empty when it does not exist or is outside. */
    public Optional<SubscriberRecord> byIdInScope(long id, RaScope scope) {
        JpqlWhere where = new JpqlWhere().and("s.id = :id", "id", id).scope(scope, "s");
        return where.bind(em.createQuery("SELECT s FROM SubscriberRecord s" + where.sql(), SubscriberRecord.class))
                .getResultStream().findFirst();
    }

    /** The individual registered in {@code agencyId} with this identity document. */
    public Optional<SubscriberRecord> byAgencyAndIdNumber(long agencyId, IdentityDocumentType idType, String idNumber) {
        Objects.requireNonNull(idType, "idType");
        Objects.requireNonNull(idNumber, "idNumber");
        return em.createQuery("SELECT s FROM SubscriberRecord s WHERE s.agencyId = :agency AND s.idType = :type"
                        + " AND s.idNumber = :number", SubscriberRecord.class)
                .setParameter("agency", agencyId)
                .setParameter("type", idType)
                .setParameter("number", idNumber.replace(" ", "").toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    /**
     * One page of subscribers matching {@code filter}, newest first.
     *
     * @param after the previous page's {@link RecordPage#nextCursor()}, empty for page 1
     * @param limit 1 to {@link #MAX_PAGE_SIZE}
     */
    public RecordPage<SubscriberRecord> page(SubscriberFilter filter, OptionalLong after, int limit) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(after, "after");
        JpqlWhere.checkLimit(limit, MAX_PAGE_SIZE);
        JpqlWhere where = new JpqlWhere().scope(filter.scope(), "s")
                .and("s.agencyId = :agency", "agency", filter.agencyId())
                .and("s.kind = :kind", "kind", filter.kind())
                .and("(s.idNumber = :ident OR s.taxCode = :ident)", "ident", filter.identifier());
        if (filter.nameText() != null) {
            where.and(JpqlWhere.like("s.nameSearch", "name"), "name", JpqlWhere.prefixPattern(filter.nameText()));
        }
        if (after.isPresent()) {
            where.and("s.id < :after", "after", after.getAsLong());
        }
        return JpqlWhere.page(where.bind(em.createQuery("SELECT s FROM SubscriberRecord s" + where.sql()
                + " ORDER BY s.id DESC", SubscriberRecord.class)), limit, SubscriberRecord::id);
    }
}
