-- GovCA schema, version 5: the history of key storage devices (issue 4). A device is registered to
-- an agency and given to a subscriber, handed over to another subscriber of that agency (form 07),
-- returned to the agency, and restored (unblocked) on a TOKEN_RESTORE request (form 06). Each of
-- these is one row here, written in the transaction of the change and of its audit row, so the
-- history always agrees with key_device.holder_subscriber_id. Rows are never changed.
--
-- Same conventions as V1 and V3: runs unchanged on MariaDB 10.11+ and H2 2.2 (MODE=LEGACY), times
-- are DATETIME(6) holding UTC, enumerated columns carry CHECKs, constraints are named.
--
-- subscriber_id: the subscriber concerned at that moment — the holder after REGISTERED,
-- HANDED_OVER and RESTORED, the one who gave the device back for RETURNED. ra_request_id: the
-- request that caused the event (RESTORED). actor: the audit name of who did it, as in the audit log.
CREATE TABLE key_device_event (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    key_device_id       BIGINT        NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    subscriber_id       BIGINT        NULL,
    ra_request_id       BIGINT        NULL,
    actor               VARCHAR(128)  NOT NULL,
    occurred_at         DATETIME(6)   NOT NULL,
    note                VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_key_device_event_device FOREIGN KEY (key_device_id) REFERENCES key_device (id),
    CONSTRAINT fk_key_device_event_subscriber FOREIGN KEY (subscriber_id) REFERENCES subscriber (id),
    CONSTRAINT fk_key_device_event_request FOREIGN KEY (ra_request_id) REFERENCES ra_request (id),
    CONSTRAINT ck_key_device_event_kind CHECK (kind IN ('REGISTERED', 'HANDED_OVER', 'RETURNED', 'RESTORED'))
) ${table_options};

-- A device's history, oldest first (the id breaks ties of one microsecond).
CREATE INDEX ix_key_device_event_device_time ON key_device_event (key_device_id, occurred_at, id);
