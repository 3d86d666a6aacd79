-- GovCA schema, version 3: the registration authority (issue 4) — provinces, agency trees,
-- subscribers, key storage devices, RA requests with their history and approvals, the working-day
-- calendar, administrators' scopes, and certificates attributed to subscribers.
--
-- Same conventions as V1: runs unchanged on MariaDB 10.11+ and H2 2.2 (MODE=LEGACY), times are
-- DATETIME(6) holding UTC, calendar dates are DATE, enumerated columns carry CHECKs, constraints
-- are named. Text searched by prefix is stored folded (SearchText.fold) in a *_search column so
-- that H2 (case-sensitive) and MariaDB (utf8mb4_unicode_ci) find the same rows.
--
-- Scope (a province, or one agency subtree) is the security boundary of subscriber managers:
-- subscribers, requests and certificates carry province_id and agency_id copied from their
-- managing agency, and agency.path is the materialised path of ids ('/3/17/'), so a subtree is
-- path LIKE '/3/%'. A child agency always belongs to its parent's province.

-- The 34 provincial units in force since 1 July 2025 (Resolution 202/2025/QH15), with the
-- official two-digit codes. Editable data: rows may be renamed or deactivated, never deleted.
CREATE TABLE province (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    code                VARCHAR(8)    NOT NULL,
    name                VARCHAR(128)  NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    active              BOOLEAN       NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_province_code UNIQUE (code),
    CONSTRAINT ck_province_kind CHECK (kind IN ('CITY', 'PROVINCE'))
) ${table_options};

INSERT INTO province (code, name, kind, active, created_at) VALUES
    ('01', 'Thành phố Hà Nội', 'CITY', TRUE, '2025-07-01 00:00:00'),
    ('04', 'Tỉnh Cao Bằng', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('08', 'Tỉnh Tuyên Quang', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('11', 'Tỉnh Điện Biên', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('12', 'Tỉnh Lai Châu', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('14', 'Tỉnh Sơn La', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('15', 'Tỉnh Lào Cai', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('19', 'Tỉnh Thái Nguyên', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('20', 'Tỉnh Lạng Sơn', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('22', 'Tỉnh Quảng Ninh', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('24', 'Tỉnh Bắc Ninh', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('25', 'Tỉnh Phú Thọ', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('31', 'Thành phố Hải Phòng', 'CITY', TRUE, '2025-07-01 00:00:00'),
    ('33', 'Tỉnh Hưng Yên', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('37', 'Tỉnh Ninh Bình', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('38', 'Tỉnh Thanh Hóa', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('40', 'Tỉnh Nghệ An', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('42', 'Tỉnh Hà Tĩnh', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('44', 'Tỉnh Quảng Trị', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('46', 'Thành phố Huế', 'CITY', TRUE, '2025-07-01 00:00:00'),
    ('48', 'Thành phố Đà Nẵng', 'CITY', TRUE, '2025-07-01 00:00:00'),
    ('51', 'Tỉnh Quảng Ngãi', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('52', 'Tỉnh Gia Lai', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('56', 'Tỉnh Khánh Hòa', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('66', 'Tỉnh Đắk Lắk', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('68', 'Tỉnh Lâm Đồng', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('75', 'Tỉnh Đồng Nai', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('79', 'Thành phố Hồ Chí Minh', 'CITY', TRUE, '2025-07-01 00:00:00'),
    ('80', 'Tỉnh Tây Ninh', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('82', 'Tỉnh Đồng Tháp', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('86', 'Tỉnh Vĩnh Long', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('91', 'Tỉnh An Giang', 'PROVINCE', TRUE, '2025-07-01 00:00:00'),
    ('92', 'Thành phố Cần Thơ', 'CITY', TRUE, '2025-07-01 00:00:00'),
    ('96', 'Tỉnh Cà Mau', 'PROVINCE', TRUE, '2025-07-01 00:00:00');

-- Managing agencies as a tree. province_id NULL: a central body (ministry, Party body) whose tree
-- is not under any province. path is '/<root id>/.../<own id>/', completed right after the insert
-- (the id is assigned by the database); while the insert's transaction runs it holds the parent's
-- path. name_search is the folded name for prefix search.
CREATE TABLE agency (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    province_id         BIGINT        NULL,
    parent_id           BIGINT        NULL,
    name                VARCHAR(255)  NOT NULL,
    name_search         VARCHAR(255)  NOT NULL,
    tax_code            VARCHAR(14)   NULL,
    budget_code         CHAR(7)       NULL,
    address             VARCHAR(512)  NULL,
    email               VARCHAR(255)  NULL,
    path                VARCHAR(512)  NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             INT           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_agency_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT fk_agency_parent FOREIGN KEY (parent_id) REFERENCES agency (id)
) ${table_options};

-- Subtree queries (path LIKE '/3/%') walk this B-tree; 512 utf8mb4 characters fit InnoDB's key limit.
CREATE INDEX ix_agency_path ON agency (path);
CREATE INDEX ix_agency_province_parent ON agency (province_id, parent_id);
CREATE INDEX ix_agency_parent ON agency (parent_id);
CREATE INDEX ix_agency_name_search ON agency (name_search);

-- Subscribers (thuê bao): individuals (form 01), organizations (form 02), devices/services
-- (form 03). province_id is the managing agency's, copied for scope filters. name_search is the
-- folded display_name for prefix search. host_names: one DNS name per line.
CREATE TABLE subscriber (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    kind                VARCHAR(16)   NOT NULL,
    agency_id           BIGINT        NOT NULL,
    province_id         BIGINT        NULL,
    display_name        VARCHAR(255)  NOT NULL,
    name_search         VARCHAR(255)  NOT NULL,
    date_of_birth       DATE          NULL,
    id_type             VARCHAR(16)   NULL,
    id_number           VARCHAR(32)   NULL,
    id_issue_date       DATE          NULL,
    id_issue_place      VARCHAR(255)  NULL,
    job_title           VARCHAR(255)  NULL,
    mobile              VARCHAR(20)   NULL,
    address             VARCHAR(512)  NULL,
    tax_code            VARCHAR(14)   NULL,
    budget_code         CHAR(7)       NULL,
    email               VARCHAR(255)  NULL,
    host_names          VARCHAR(2048) NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    created_by          VARCHAR(128)  NOT NULL,
    version             INT           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_subscriber_agency_identity UNIQUE (agency_id, id_type, id_number),
    CONSTRAINT fk_subscriber_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_subscriber_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT ck_subscriber_kind CHECK (kind IN ('INDIVIDUAL', 'ORGANIZATION', 'DEVICE')),
    CONSTRAINT ck_subscriber_id_type CHECK (id_type IS NULL OR id_type IN ('CCCD', 'CMND', 'PASSPORT')),
    CONSTRAINT ck_subscriber_identity CHECK ((id_type IS NULL) = (id_number IS NULL))
) ${table_options};

CREATE INDEX ix_subscriber_province_kind ON subscriber (province_id, kind, id);
CREATE INDEX ix_subscriber_agency_kind ON subscriber (agency_id, kind, id);
CREATE INDEX ix_subscriber_id_number ON subscriber (id_number);
CREATE INDEX ix_subscriber_tax_code ON subscriber (tax_code);
CREATE INDEX ix_subscriber_name_search ON subscriber (name_search);

-- Key storage devices: USB tokens, SIM-PKI cards, remote (centralized) signing keys.
CREATE TABLE key_device (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    kind                VARCHAR(16)   NOT NULL,
    serial_number       VARCHAR(64)   NOT NULL,
    holder_subscriber_id BIGINT       NULL,
    agency_id           BIGINT        NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_key_device_kind_serial UNIQUE (kind, serial_number),
    CONSTRAINT fk_key_device_holder FOREIGN KEY (holder_subscriber_id) REFERENCES subscriber (id),
    CONSTRAINT fk_key_device_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT ck_key_device_kind CHECK (kind IN ('USB_TOKEN', 'SIM_PKI', 'REMOTE'))
) ${table_options};

-- RA requests (forms 01-07). agency_id and province_id are the subscriber's, copied for scope
-- filters. complete_at: the dossier became complete (first submission), which starts the
-- deadline clock; due_on: the working day it is due; closed_at: it reached COMPLETED, REJECTED
-- or CANCELLED. key_package: the one-time, password-encrypted PKCS#12 of a server-generated key,
-- cleared when fetched. revocation_reason: RFC 5280 §5.3.1 name; decree_reason: the Decree 68
-- case it stands for.
CREATE TABLE ra_request (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    type                VARCHAR(32)   NOT NULL,
    state               VARCHAR(16)   NOT NULL,
    subscriber_id       BIGINT        NOT NULL,
    agency_id           BIGINT        NOT NULL,
    province_id         BIGINT        NULL,
    ca_name             VARCHAR(64)   NULL,
    profile_name        VARCHAR(64)   NULL,
    csr                 MEDIUMBLOB    NULL,
    server_key_generation BOOLEAN     NOT NULL,
    target_certificate_id BIGINT      NULL,
    issued_certificate_id BIGINT      NULL,
    revocation_reason   VARCHAR(32)   NULL,
    decree_reason       VARCHAR(48)   NULL,
    key_device_id       BIGINT        NULL,
    recipient           VARCHAR(255)  NULL,
    validity_days       INT           NULL,
    required_approvals  INT           NOT NULL,
    approval_count      INT           NOT NULL DEFAULT 0,
    filed_by            BIGINT        NOT NULL,
    filed_at            DATETIME(6)   NOT NULL,
    complete_at         DATETIME(6)   NULL,
    due_on              DATE          NULL,
    closed_at           DATETIME(6)   NULL,
    key_package         MEDIUMBLOB    NULL,
    key_package_fetched_at DATETIME(6) NULL,
    note                TEXT          NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             INT           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ra_request_subscriber FOREIGN KEY (subscriber_id) REFERENCES subscriber (id),
    CONSTRAINT fk_ra_request_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_ra_request_province FOREIGN KEY (province_id) REFERENCES province (id),
    CONSTRAINT fk_ra_request_target_certificate FOREIGN KEY (target_certificate_id) REFERENCES certificate (id),
    CONSTRAINT fk_ra_request_issued_certificate FOREIGN KEY (issued_certificate_id) REFERENCES certificate (id),
    CONSTRAINT fk_ra_request_key_device FOREIGN KEY (key_device_id) REFERENCES key_device (id),
    CONSTRAINT fk_ra_request_filed_by FOREIGN KEY (filed_by) REFERENCES administrator (id),
    CONSTRAINT ck_ra_request_type CHECK (type IN ('NEW_ISSUANCE', 'RENEWAL', 'CHANGE_OF_INFORMATION',
        'REVOCATION', 'SUSPENSION', 'REINSTATEMENT', 'TOKEN_RESTORE')),
    CONSTRAINT ck_ra_request_state CHECK (state IN ('DRAFT', 'SUBMITTED', 'INFO_REQUESTED', 'APPROVED',
        'COMPLETED', 'REJECTED', 'CANCELLED')),
    CONSTRAINT ck_ra_request_revocation_reason CHECK (revocation_reason IS NULL OR revocation_reason IN
        ('unspecified', 'keyCompromise', 'cACompromise', 'affiliationChanged', 'superseded',
         'cessationOfOperation', 'certificateHold', 'privilegeWithdrawn', 'aACompromise')),
    CONSTRAINT ck_ra_request_approvals CHECK (required_approvals >= 1 AND approval_count >= 0),
    CONSTRAINT ck_ra_request_validity CHECK (validity_days IS NULL OR validity_days > 0)
) ${table_options};

-- Lists of a scope and state, newest first, by keyset; the dashboard's counts per state.
CREATE INDEX ix_ra_request_province_state_id ON ra_request (province_id, state, id);
CREATE INDEX ix_ra_request_agency_state_id ON ra_request (agency_id, state, id);
-- Overdue requests: open ones whose due date has passed.
CREATE INDEX ix_ra_request_state_due_on ON ra_request (state, due_on);
CREATE INDEX ix_ra_request_subscriber ON ra_request (subscriber_id);
CREATE INDEX ix_ra_request_filed_by_id ON ra_request (filed_by, id);

-- Every state change of a request: when, by whom, why. from_state NULL: the request was filed.
CREATE TABLE ra_request_transition (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    request_id          BIGINT        NOT NULL,
    from_state          VARCHAR(16)   NULL,
    to_state            VARCHAR(16)   NOT NULL,
    occurred_at         DATETIME(6)   NOT NULL,
    actor_id            BIGINT        NULL,
    actor_name          VARCHAR(128)  NOT NULL,
    comment_text        TEXT          NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ra_request_transition_request FOREIGN KEY (request_id) REFERENCES ra_request (id),
    CONSTRAINT fk_ra_request_transition_actor FOREIGN KEY (actor_id) REFERENCES administrator (id),
    CONSTRAINT ck_ra_request_transition_from CHECK (from_state IS NULL OR from_state IN ('DRAFT', 'SUBMITTED',
        'INFO_REQUESTED', 'APPROVED', 'COMPLETED', 'REJECTED', 'CANCELLED')),
    CONSTRAINT ck_ra_request_transition_to CHECK (to_state IN ('DRAFT', 'SUBMITTED', 'INFO_REQUESTED',
        'APPROVED', 'COMPLETED', 'REJECTED', 'CANCELLED'))
) ${table_options};

CREATE INDEX ix_ra_request_transition_request_id ON ra_request_transition (request_id, id);

-- One row per approver of a request: the unique key refuses approving twice.
CREATE TABLE ra_request_approval (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    request_id          BIGINT        NOT NULL,
    approver_id         BIGINT        NOT NULL,
    approved_at         DATETIME(6)   NOT NULL,
    comment_text        TEXT          NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_ra_request_approval_approver UNIQUE (request_id, approver_id),
    CONSTRAINT fk_ra_request_approval_request FOREIGN KEY (request_id) REFERENCES ra_request (id),
    CONSTRAINT fk_ra_request_approval_approver FOREIGN KEY (approver_id) REFERENCES administrator (id)
) ${table_options};

-- Days that differ from the Monday-to-Friday week: public holidays (HOLIDAY) and Saturdays or
-- Sundays worked to compensate for a bridge day (WORKING_DAY). Deadlines count working days.
CREATE TABLE calendar_day (
    day_date            DATE          NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    name                VARCHAR(128)  NOT NULL,
    PRIMARY KEY (day_date),
    CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'WORKING_DAY'))
) ${table_options};

-- Public holidays for public servants, 2026 and 2027 (Labour Code 2019 Art. 112). THESE ARE
-- EDITABLE DATA, NOT RULES: check them every year against the Prime Minister's notice on Tết and
-- the holiday schedule of public servants (and its compensating working Saturdays), and correct
-- the rows through the RA's calendar page. Tết 2027 and Hùng Kings' day 2027 are computed from
-- the lunar calendar, before any notice was published.
INSERT INTO calendar_day (day_date, kind, name) VALUES
    ('2026-01-01', 'HOLIDAY', 'Tết Dương lịch'),
    ('2026-02-14', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2026-02-15', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2026-02-16', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2026-02-17', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2026-02-18', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2026-02-19', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2026-02-20', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2026-02-21', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2026-02-22', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2026-04-27', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (nghỉ bù)'),
    ('2026-04-30', 'HOLIDAY', 'Ngày Giải phóng miền Nam, thống nhất đất nước'),
    ('2026-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động'),
    ('2026-09-01', 'HOLIDAY', 'Quốc khánh'),
    ('2026-09-02', 'HOLIDAY', 'Quốc khánh'),
    ('2027-01-01', 'HOLIDAY', 'Tết Dương lịch'),
    ('2027-02-04', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2027-02-05', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2027-02-06', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2027-02-07', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2027-02-08', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2027-02-09', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2027-02-10', 'HOLIDAY', 'Tết Nguyên đán'),
    ('2027-04-16', 'HOLIDAY', 'Giỗ Tổ Hùng Vương'),
    ('2027-04-30', 'HOLIDAY', 'Ngày Giải phóng miền Nam, thống nhất đất nước'),
    ('2027-05-03', 'HOLIDAY', 'Ngày Quốc tế Lao động (nghỉ bù)'),
    ('2027-09-02', 'HOLIDAY', 'Quốc khánh'),
    ('2027-09-03', 'HOLIDAY', 'Quốc khánh');

-- A subscriber manager's scope: one province, or one central agency's tree (never both).
ALTER TABLE administrator ADD COLUMN scope_province_id BIGINT NULL;
ALTER TABLE administrator ADD COLUMN scope_agency_id BIGINT NULL;
ALTER TABLE administrator ADD COLUMN email VARCHAR(255) NULL;
ALTER TABLE administrator ADD COLUMN locale VARCHAR(8) NULL;
ALTER TABLE administrator ADD CONSTRAINT fk_administrator_scope_province
    FOREIGN KEY (scope_province_id) REFERENCES province (id);
ALTER TABLE administrator ADD CONSTRAINT fk_administrator_scope_agency
    FOREIGN KEY (scope_agency_id) REFERENCES agency (id);
ALTER TABLE administrator ADD CONSTRAINT ck_administrator_scope
    CHECK (scope_province_id IS NULL OR scope_agency_id IS NULL);

-- Certificates attributed to the subscriber they were issued for (NULL: CA, OCSP and other
-- certificates issued outside the RA), with the scope columns copied for the dashboard.
ALTER TABLE certificate ADD COLUMN subscriber_id BIGINT NULL;
ALTER TABLE certificate ADD COLUMN agency_id BIGINT NULL;
ALTER TABLE certificate ADD COLUMN province_id BIGINT NULL;
ALTER TABLE certificate ADD COLUMN cert_type VARCHAR(16) NULL;
ALTER TABLE certificate ADD CONSTRAINT fk_certificate_subscriber
    FOREIGN KEY (subscriber_id) REFERENCES subscriber (id);
ALTER TABLE certificate ADD CONSTRAINT fk_certificate_agency
    FOREIGN KEY (agency_id) REFERENCES agency (id);
ALTER TABLE certificate ADD CONSTRAINT fk_certificate_province
    FOREIGN KEY (province_id) REFERENCES province (id);
ALTER TABLE certificate ADD CONSTRAINT ck_certificate_cert_type
    CHECK (cert_type IS NULL OR cert_type IN ('INDIVIDUAL', 'ORGANIZATION', 'DEVICE'));

-- Dashboard counts of a scope by status and expiry, answered from the index alone (cert_type last).
CREATE INDEX ix_certificate_province_status_not_after ON certificate (province_id, status, not_after, cert_type);
CREATE INDEX ix_certificate_agency_status_not_after ON certificate (agency_id, status, not_after, cert_type);
CREATE INDEX ix_certificate_subscriber ON certificate (subscriber_id);
-- The RA's certificate list of a province (and status), newest first by keyset.
CREATE INDEX ix_certificate_province_status_id ON certificate (province_id, status, id);
