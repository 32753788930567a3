-- Delivery status notifications (RFC 3464, and classic bounces from MAILER-DAEMON/postmaster) about the gateway's own
-- outgoing mail, tied to the outbox message they are about (by the original Message-ID in the returned headers, or
-- Original-Envelope-Id). One row per report; the report itself is the submission report_submission_id (quarantined,
-- under the retention rules). Holds no text of the report: codes and the reporting server only.
CREATE TABLE delivery_report (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    outbox_message_id    BIGINT       NOT NULL COMMENT 'the gateway message that could not be delivered',
    report_submission_id BIGINT       NOT NULL COMMENT 'the report as received (intake or handover mailbox)',
    action               VARCHAR(16)  CHARACTER SET ascii NOT NULL COMMENT 'RFC 3464 Action: failed, delayed, ...',
    status               VARCHAR(16)  CHARACTER SET ascii NULL COMMENT 'RFC 3463 status code, e.g. 5.1.1',
    reporting_mta        VARCHAR(255) CHARACTER SET ascii NULL,
    received_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_delivery_report_submission UNIQUE (report_submission_id, outbox_message_id),
    CONSTRAINT fk_delivery_report_outbox FOREIGN KEY (outbox_message_id) REFERENCES outbox_message (id),
    CONSTRAINT fk_delivery_report_submission FOREIGN KEY (report_submission_id) REFERENCES submission (id),
    INDEX ix_delivery_report_outbox (outbox_message_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
