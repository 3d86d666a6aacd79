-- GovCA schema, version 1.
--
-- Runs unchanged on MariaDB 10.11+ and on H2 2.2 (MODE=LEGACY). ${table_options} is the storage
-- clause chosen by DatabaseMigrator: InnoDB + utf8mb4 on MariaDB, empty on H2.
--
-- Times are DATETIME(6) holding UTC, not TIMESTAMP(6): MariaDB 10.11's TIMESTAMP ends on
-- 2038-01-19 (a CA certificate outlives that) and converts by the session time zone.
-- Hex columns (serials, hashes, fingerprints) always hold lower-case hex; the application
-- normalises them, so the case-insensitive utf8mb4_unicode_ci collation cannot merge two values.
-- Enumerated columns carry CHECK constraints listing the values the code knows.

CREATE TABLE crypto_token (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    name                VARCHAR(64)   NOT NULL,
    type                VARCHAR(16)   NOT NULL,
    properties          TEXT          NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_crypto_token_name UNIQUE (name),
    CONSTRAINT ck_crypto_token_type CHECK (type IN ('SOFT', 'PKCS11'))
) ${table_options};

-- status is VARCHAR(24): AWAITING_CERTIFICATE has 20 characters.
CREATE TABLE certificate_authority (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    name                VARCHAR(64)   NOT NULL,
    subject_dn          VARCHAR(1024) NOT NULL,
    status              VARCHAR(24)   NOT NULL,
    token_name          VARCHAR(64)   NOT NULL,
    key_alias           VARCHAR(128)  NOT NULL,
    key_spec            VARCHAR(16)   NOT NULL,
    signature_algorithm VARCHAR(32)   NOT NULL,
    parent_ca_id        BIGINT        NULL,
    certificate_der     MEDIUMBLOB    NULL,
    serial_hex          VARCHAR(40)   NULL,
    not_before          DATETIME(6)   NULL,
    not_after           DATETIME(6)   NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_certificate_authority_name UNIQUE (name),
    CONSTRAINT fk_certificate_authority_parent FOREIGN KEY (parent_ca_id)
        REFERENCES certificate_authority (id),
    CONSTRAINT ck_certificate_authority_status
        CHECK (status IN ('ACTIVE', 'AWAITING_CERTIFICATE', 'DISABLED', 'REVOKED'))
) ${table_options};

CREATE TABLE certificate_profile (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    name                VARCHAR(64)   NOT NULL,
    version             INT           NOT NULL,
    definition          MEDIUMTEXT    NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_certificate_profile_name_version UNIQUE (name, version),
    CONSTRAINT ck_certificate_profile_version CHECK (version > 0)
) ${table_options};

CREATE TABLE certificate (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    ca_id               BIGINT        NOT NULL,
    serial_hex          VARCHAR(40)   NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    subject_dn          VARCHAR(2048) NOT NULL,
    subject_search      VARCHAR(512)  NOT NULL,
    profile_name        VARCHAR(64)   NOT NULL,
    not_before          DATETIME(6)   NOT NULL,
    not_after           DATETIME(6)   NOT NULL,
    fingerprint_sha256  CHAR(64)      NULL,
    der                 MEDIUMBLOB    NULL,
    revocation_reason   SMALLINT      NULL,
    revocation_time     DATETIME(6)   NULL,
    invalidity_date     DATETIME(6)   NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_certificate_ca_serial UNIQUE (ca_id, serial_hex),
    CONSTRAINT fk_certificate_ca FOREIGN KEY (ca_id) REFERENCES certificate_authority (id),
    CONSTRAINT ck_certificate_status
        CHECK (status IN ('RESERVED', 'ACTIVE', 'REVOKED', 'ON_HOLD', 'FAILED')),
    CONSTRAINT ck_certificate_revocation_reason
        CHECK (revocation_reason IS NULL OR (revocation_reason BETWEEN 0 AND 10 AND revocation_reason <> 7))
) ${table_options};

-- Sized for 10 million rows per CA: every query of CertificateRepository has an index to walk.
CREATE INDEX ix_certificate_ca_status_not_after ON certificate (ca_id, status, not_after);
-- Keyset pages of one CA and status in id order stop after one page even for rare statuses.
CREATE INDEX ix_certificate_ca_status_id ON certificate (ca_id, status, id);
CREATE INDEX ix_certificate_fingerprint ON certificate (fingerprint_sha256);
CREATE INDEX ix_certificate_profile_status ON certificate (profile_name, status);
CREATE INDEX ix_certificate_not_after ON certificate (not_after);
CREATE INDEX ix_certificate_ca_revocation_time ON certificate (ca_id, revocation_time);
-- Prefix search (LIKE 'text%') walks this B-tree. The whole column is indexed: 512 utf8mb4
-- characters (2048 bytes) fit InnoDB's 3072-byte key limit, and H2 has no column-prefix syntax.
CREATE INDEX ix_certificate_subject_search ON certificate (subject_search);

CREATE TABLE issuance_record (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    certificate_id      BIGINT        NOT NULL,
    tbs_der             MEDIUMBLOB    NOT NULL,
    requested_by        VARCHAR(128)  NOT NULL,
    state               VARCHAR(16)   NOT NULL,
    failure_reason      VARCHAR(1024) NULL,
    created_at          DATETIME(6)   NOT NULL,
    completed_at        DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_issuance_record_certificate UNIQUE (certificate_id),
    CONSTRAINT fk_issuance_record_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id),
    CONSTRAINT ck_issuance_record_state CHECK (state IN ('RESERVED', 'SIGNED', 'FAILED'))
) ${table_options};

-- Finds reservations a crash left behind (state RESERVED, oldest first).
CREATE INDEX ix_issuance_record_state_created ON issuance_record (state, created_at);

CREATE TABLE administrator (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    username            VARCHAR(64)   NOT NULL,
    display_name        VARCHAR(255)  NOT NULL,
    role                VARCHAR(32)   NOT NULL,
    password_hash       VARCHAR(255)  NULL,
    cert_fingerprint    CHAR(64)      NULL,
    enabled             BOOLEAN       NOT NULL,
    failed_logins       INT           NOT NULL DEFAULT 0,
    locked_until        DATETIME(6)   NULL,
    created_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_administrator_username UNIQUE (username),
    CONSTRAINT uq_administrator_cert_fingerprint UNIQUE (cert_fingerprint),
    CONSTRAINT ck_administrator_role
        CHECK (role IN ('CA_ADMIN', 'CA_OPERATOR', 'SUBSCRIBER_MANAGER', 'AUDITOR'))
) ${table_options};

-- The audit chain (DESIGN invariant 6). seq is assigned by the chain under the head row's lock.
CREATE TABLE audit_event (
    seq                 BIGINT        NOT NULL,
    event_time          DATETIME(6)   NOT NULL,
    actor               VARCHAR(128)  NOT NULL,
    action              VARCHAR(64)   NOT NULL,
    target              VARCHAR(255)  NULL,
    outcome             VARCHAR(16)   NOT NULL,
    details             TEXT          NULL,
    prev_hash           CHAR(64)      NOT NULL,
    row_hash            CHAR(64)      NOT NULL,
    mac                 CHAR(64)      NOT NULL,
    PRIMARY KEY (seq),
    CONSTRAINT ck_audit_event_outcome CHECK (outcome IN ('SUCCESS', 'FAILURE'))
) ${table_options};

CREATE INDEX ix_audit_event_time ON audit_event (event_time);
CREATE INDEX ix_audit_event_action ON audit_event (action);

CREATE TABLE audit_chain_head (
    id                  INT           NOT NULL,
    last_seq            BIGINT        NOT NULL,
    last_hash           CHAR(64)      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_audit_chain_head_single CHECK (id = 1)
) ${table_options};

INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
