package vn.govca.db.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Appends to the hash-chained, MAC-protected audit log inside the caller's transaction, so
 * the audit row commits or rolls back with the action it records (DESIGN invariant 6).
 *
 * <p>Each append flushes the transaction's pending changes, then locks the chain head row
 * ({@code SELECT ... FOR UPDATE}), which serialises all audited transactions from that point
 * until they commit. Append as the <em>last</em> step of a transaction: the lock is then held
 * only until commit, and a transaction holding it never waits for another row lock, so audited
 * transactions cannot deadlock on it. The persistence unit has no shared cache, so the head is
 * always read from the database. Thread-safe; one instance per application.
 */
public final class AuditLog {

    private final AuditSeal seal;

    /**
     * @param macKey the HMAC key from {@code var/audit.key}, at least 32 bytes; copied
     */
    public AuditLog(byte[] macKey) {
        this.seal = new AuditSeal(macKey);
    }

    /**
     * Writes {@code entry} as the next row of the chain.
     *
     * @param em an entity manager joined to the caller's active transaction
     * @return the seq given to the row
     * @throws jakarta.persistence.TransactionRequiredException without an active transaction
     * @throws IllegalStateException when the head row is missing (schema not migrated)
     */
    public long append(EntityManager em, AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return appendAll(em, List.of(entry));
    }

    /**
     * Writes {@code entries} as the next rows of the chain, in their order, under one lock of the
     * head: a transaction that records several actions (a group commit of issuances) reads and
     * updates the head once instead of once per row.
     *
     * @param em an entity manager joined to the caller's active transaction
     * @param entries at least one
     * @return the seq given to the last row
     * @throws jakarta.persistence.TransactionRequiredException without an active transaction
     * @throws IllegalStateException when the head row is missing (schema not migrated)
     */
    public long appendAll(EntityManager em, List<AuditEntry> entries) {
        Objects.requireNonNull(em, "em");
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("no audit entries to append");
        }
        entries.forEach(e -> Objects.requireNonNull(e, "entry"));
        // Write the action's own changes first, so that while this transaction holds the head
        // lock it waits for no other row lock: no deadlock between audited transactions.
        em.flush();
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("audit_chain_head row 1 is missing; the schema is not migrated");
        }
        for (AuditEntry entry : entries) {
            long seq = head.lastSeq() + 1;
            AuditFields fields = new AuditFields(seq, LocalDateTime.ofInstant(entry.time(), ZoneOffset.UTC),
                    entry.actor(), entry.action(), entry.target(), entry.outcome().name(), entry.detailsJson(),
                    head.lastHash());
            String rowHash = AuditSeal.rowHash(fields);
            em.persist(new AuditEventRecord(seq, entry, head.lastHash(), rowHash, seal.mac(rowHash)));
            head.advance(seq, rowHash);
        }
        // Written now, so a later append in the same transaction reads the advanced head.
        em.flush();
        return head.lastSeq();
    }
}
