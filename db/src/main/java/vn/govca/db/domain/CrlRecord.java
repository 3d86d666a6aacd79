package vn.govca.db.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One CRL publication, as the CA's publication log holds it: {@link #reserved reserved} with its
 * CRL number before the CA key signs (like store-before-sign for certificates, DESIGN invariants
 * 1 and 4), then {@link #markPublished published} with what was written — entries, octets and
 * SHA-256 of the DER file — or {@link #markFailed failed}. A failed number stays taken.
 */
@Entity
@Table(name = "crl_record")
public class CrlRecord {

    static final int MAX_REASON_LENGTH = 1024;
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "ca_id", nullable = false, updatable = false)
    private long caId;

    @Column(name = "crl_number", nullable = false, updatable = false)
    private long crlNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 8)
    private CrlKind kind;

    @Column(name = "base_crl_number", updatable = false)
    private Long baseCrlNumber;

    @Column(name = "this_update", nullable = false, updatable = false)
    private Instant thisUpdate;

    @Column(name = "next_update", nullable = false, updatable = false)
    private Instant nextUpdate;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private CrlState state;

    @Column(name = "file_name", nullable = false, updatable = false, length = 128)
    private String fileName;

    @Column(name = "entry_count")
    private Long entryCount;

    @Column(name = "length_bytes")
    private Long lengthBytes;

    @Column(name = "sha256", length = 64)
    private String sha256;

    @Column(name = "failure_reason", length = MAX_REASON_LENGTH)
    private String failureReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected CrlRecord() {
    }

    /**
     * A CRL whose number has been drawn and that is about to be built and signed.
     *
     * @param baseCrlNumber the complete CRL a delta CRL builds on (RFC 5280 §5.2.4); null for FULL
     * @param fileName      the file the CRL is published as, e.g. {@code CA-NhaNuoc-G2.crl}
     */
    public static CrlRecord reserved(long caId, long crlNumber, CrlKind kind, Long baseCrlNumber, Instant thisUpdate,
                                     Instant nextUpdate, String fileName, Instant at) {
        CrlRecord r = new CrlRecord();
        r.caId = caId;
        if (crlNumber <= 0) {
            throw new IllegalArgumentException("CRL number " + crlNumber + " must be positive");
        }
        r.crlNumber = crlNumber;
        r.kind = Objects.requireNonNull(kind, "kind");
        if ((kind == CrlKind.FULL) != (baseCrlNumber == null)
                || baseCrlNumber != null && (baseCrlNumber <= 0 || baseCrlNumber >= crlNumber)) {
            throw new IllegalArgumentException("base CRL number " + baseCrlNumber + " is wrong for a " + kind
                    + " CRL numbered " + crlNumber + " (a delta needs a positive base below its number, a full none)");
        }
        r.baseCrlNumber = baseCrlNumber;
        r.thisUpdate = ColumnValues.time("this_update", thisUpdate);
        r.nextUpdate = ColumnValues.time("next_update", nextUpdate);
        if (!r.nextUpdate.isAfter(r.thisUpdate)) {
            throw new IllegalArgumentException("next_update " + nextUpdate + " is not after this_update " + thisUpdate);
        }
        Objects.requireNonNull(fileName, "fileName");
        if (!FILE_NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("CRL file name '" + fileName
                    + "' must be 1 to 128 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        r.fileName = fileName;
        r.state = CrlState.RESERVED;
        r.createdAt = ColumnValues.time("created_at", at);
        return r;
    }

    /** The signed CRL is in place: {@code entryCount} entries, {@code length} DER octets. */
    public void markPublished(long entryCount, long length, Sha256Hex sha256, Instant at) {
        require("mark published");
        if (entryCount < 0 || length <= 0) {
            throw new IllegalArgumentException("a published CRL has " + entryCount + " entries and " + length
                    + " octets; entries must not be negative and octets must be positive");
        }
        this.entryCount = entryCount;
        this.lengthBytes = length;
        this.sha256 = Objects.requireNonNull(sha256, "sha256").value();
        this.state = CrlState.PUBLISHED;
        this.completedAt = ColumnValues.time("completed_at", at);
    }

    /** @param reason why the CRL was not published, for operators; cut to 1024 characters */
    public void markFailed(String reason, Instant at) {
        require("mark failed");
        Objects.requireNonNull(reason, "reason");
        this.state = CrlState.FAILED;
        this.failureReason = ColumnValues.truncated(reason, MAX_REASON_LENGTH);
        this.completedAt = ColumnValues.time("completed_at", at);
    }

    private void require(String step) {
        if (state != CrlState.RESERVED) {
            throw new RecordStateException("cannot " + step + " CRL " + crlNumber + " of CA " + caId + " in state "
                    + state + "; it must be RESERVED");
        }
    }

    public Long id() {
        return id;
    }

    public long caId() {
        return caId;
    }

    public long crlNumber() {
        return crlNumber;
    }

    public CrlKind kind() {
        return kind;
    }

    /** The base of a delta CRL; null for a full CRL. */
    public Long baseCrlNumber() {
        return baseCrlNumber;
    }

    public Instant thisUpdate() {
        return thisUpdate;
    }

    public Instant nextUpdate() {
        return nextUpdate;
    }

    public CrlState state() {
        return state;
    }

    public String fileName() {
        return fileName;
    }

    /** Null until published. */
    public Long entryCount() {
        return entryCount;
    }

    /** Null until published. */
    public Long lengthBytes() {
        return lengthBytes;
    }

    /** Null until published. */
    public Sha256Hex sha256() {
        return sha256 == null ? null : new Sha256Hex(sha256);
    }

    public String failureReason() {
        return failureReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant completedAt() {
        return completedAt;
    }
}
