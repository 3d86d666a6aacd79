-- GovCA schema, version 2: CRL publication (issue 3; DESIGN invariant 4).
--
-- Same conventions as V1: runs unchanged on MariaDB 10.11+ and H2 2.2 (MODE=LEGACY), times are
-- DATETIME(6) holding UTC, hex columns hold lower-case hex, enumerated columns carry CHECKs.

-- One row per CA: the last CRL number handed out. Full and delta CRLs of a CA share it
-- (RFC 5280 §5.2.3). The publisher locks the row (SELECT ... FOR UPDATE), increments it and
-- commits BEFORE the CA key signs, so a number, once used, is never used again — also after a
-- crash or a failed signature — and numbers only grow (invariant 4). On several nodes the row
-- lock serialises the allocations.
CREATE TABLE crl_number_counter (
    ca_id               BIGINT        NOT NULL,
    last_number         BIGINT        NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (ca_id),
    CONSTRAINT fk_crl_number_counter_ca FOREIGN KEY (ca_id) REFERENCES certificate_authority (id),
    CONSTRAINT ck_crl_number_counter_last CHECK (last_number >= 0)
) ${table_options};

-- The publication log: one row per CRL number drawn, RESERVED with the number, then PUBLISHED
-- (file written, signature verified) or FAILED. kind FULL or DELTA; a delta names its base.
CREATE TABLE crl_record (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    ca_id               BIGINT        NOT NULL,
    crl_number          BIGINT        NOT NULL,
    kind                VARCHAR(8)    NOT NULL,
    base_crl_number     BIGINT        NULL,
    this_update         DATETIME(6)   NOT NULL,
    next_update         DATETIME(6)   NOT NULL,
    state               VARCHAR(16)   NOT NULL,
    file_name           VARCHAR(128)  NOT NULL,
    entry_count         BIGINT        NULL,
    length_bytes        BIGINT        NULL,
    sha256              CHAR(64)      NULL,
    failure_reason      VARCHAR(1024) NULL,
    created_at          DATETIME(6)   NOT NULL,
    completed_at        DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_crl_record_ca_number UNIQUE (ca_id, crl_number),
    CONSTRAINT fk_crl_record_ca FOREIGN KEY (ca_id) REFERENCES certificate_authority (id),
    CONSTRAINT ck_crl_record_kind CHECK (kind IN ('FULL', 'DELTA')),
    CONSTRAINT ck_crl_record_state CHECK (state IN ('RESERVED', 'PUBLISHED', 'FAILED')),
    CONSTRAINT ck_crl_record_number CHECK (crl_number > 0),
    CONSTRAINT ck_crl_record_base CHECK ((kind = 'FULL' AND base_crl_number IS NULL)
        OR (kind = 'DELTA' AND base_crl_number IS NOT NULL AND base_crl_number < crl_number)),
    CONSTRAINT ck_crl_record_times CHECK (next_update > this_update)
) ${table_options};

-- The latest published CRL of a kind, per CA.
CREATE INDEX ix_crl_record_ca_kind_state_number ON crl_record (ca_id, kind, state, crl_number);

-- When a suspended certificate was last released from hold: a delta CRL lists it with
-- removeFromCRL (RFC 5280 §5.3.1) if that happened after its base CRL.
ALTER TABLE certificate ADD COLUMN hold_released_at DATETIME(6) NULL;

-- Delta CRLs read the certificates of a CA whose status changed since a time.
CREATE INDEX ix_certificate_ca_updated_at ON certificate (ca_id, updated_at);
