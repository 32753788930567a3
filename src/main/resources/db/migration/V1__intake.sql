-- Intake pipeline (issue 2): submissions, their state history, and the transactional outbox.
-- Times are UTC (DATETIME(6)). Raw MIME columns may be emptied by retention; metadata and history stay.

CREATE TABLE submission (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    message_id             VARCHAR(998)  NOT NULL COMMENT 'Message-ID header, or a synthetic id derived from the hash',
    message_id_synthetic   BOOLEAN       NOT NULL,
    message_id_digest      CHAR(64)      CHARACTER SET ascii NOT NULL COMMENT 'SHA-256 of message_id (fixed-length key)',
    content_sha256         CHAR(64)      CHARACTER SET ascii NOT NULL COMMENT 'SHA-256 of raw_mime',
    sender                 VARCHAR(254)  NULL COMMENT 'From address when it parsed',
    received_at            DATETIME(6)   NOT NULL COMMENT 'IMAP INTERNALDATE',
    size_bytes             BIGINT        NOT NULL,
    raw_mime               LONGBLOB      NULL,
    state                  VARCHAR(20)   CHARACTER SET ascii NOT NULL,
    attempts               INT           NOT NULL DEFAULT 0,
    next_attempt_at        DATETIME(6)   NOT NULL,
    error_code             VARCHAR(64)   CHARACTER SET ascii NULL,
    error_reason           VARCHAR(500)  NULL,
    mailbox_account        VARCHAR(255)  NULL,
    mailbox_folder         VARCHAR(255)  NULL,
    mailbox_uid_validity   BIGINT        NULL,
    mailbox_uid            BIGINT        NULL,
    released_from_inbox_at DATETIME(6)   NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_submission_idempotency UNIQUE (message_id_digest, content_sha256),
    CONSTRAINT ck_submission_state CHECK (state IN ('RECEIVED', 'SCREENED', 'ROUTED', 'ACCEPTED', 'REFUSED',
                                                    'QUARANTINED', 'DELIVERED', 'ERROR')),
    INDEX ix_submission_due (state, next_attempt_at),
    INDEX ix_submission_location (mailbox_uid_validity, mailbox_uid),
    INDEX ix_submission_release (released_from_inbox_at, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE submission_state_change (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    submission_id BIGINT      NOT NULL,
    from_state    VARCHAR(20) CHARACTER SET ascii NULL,
    to_state      VARCHAR(20) CHARACTER SET ascii NOT NULL,
    reason_code   VARCHAR(64) CHARACTER SET ascii NOT NULL,
    occurred_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_state_change_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    INDEX ix_state_change_submission (submission_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE outbox_message (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    submission_id   BIGINT       NULL,
    purpose         VARCHAR(40)  CHARACTER SET ascii NOT NULL,
    message_id      VARCHAR(255) NOT NULL COMMENT 'deterministic Message-ID carried by raw_mime',
    envelope_from   VARCHAR(254) NOT NULL,
    recipients      TEXT         NOT NULL COMMENT 'comma-separated addresses',
    raw_mime        LONGBLOB     NULL,
    state           VARCHAR(16)  CHARACTER SET ascii NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    claimed_at      DATETIME(6)  NULL,
    sent_at         DATETIME(6)  NULL,
    error_code      VARCHAR(64)  CHARACTER SET ascii NULL,
    error_reason    VARCHAR(500) NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_outbox_message_id UNIQUE (message_id),
    CONSTRAINT fk_outbox_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT ck_outbox_state CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    INDEX ix_outbox_claimable (state, next_attempt_at),
    INDEX ix_outbox_submission (submission_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
