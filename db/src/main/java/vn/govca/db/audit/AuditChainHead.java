package vn.govca.db.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row (id 1, inserted by migration V1) that records the chain's last seq and hash.
 * Appenders lock it first, which serialises appends and numbers rows 1, 2, 3... without gaps;
 * the verifier compares the chain's end with it to detect rows removed from the end.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    void advance(long seq, String hash) {
        if (seq != lastSeq + 1) {
            throw new IllegalStateException("audit chain head at seq " + lastSeq + " cannot advance to " + seq);
        }
        this.lastSeq = seq;
        this.lastHash = hash;
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }
}
