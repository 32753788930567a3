-- Screening intake and routing (issue 4). Extends the intake tables of V1; never edit V1-V3.
-- Times are UTC (DATETIME(6)). Nothing here holds card text or mail content.

-- A quarantined submission the beheerder deleted (or that stayed in quarantine past the retention period) ends as
-- DISCARDED: its content is removed, its metadata, history and audit stay.
ALTER TABLE submission DROP CONSTRAINT ck_submission_state;
ALTER TABLE submission ADD CONSTRAINT ck_submission_state CHECK (state IN ('RECEIVED', 'SCREENED', 'ROUTED',
    'ACCEPTED', 'REFUSED', 'QUARANTINED', 'DELIVERED', 'ERROR', 'DISCARDED'));

-- When retention (or a refusal, or a deletion from quarantine) removed the raw message; raw_mime is NULL from then.
ALTER TABLE submission ADD COLUMN content_purged_at DATETIME(6) NULL;
ALTER TABLE submission ADD COLUMN content_purge_reason VARCHAR(64) CHARACTER SET ascii NULL;
-- The same for the outgoing messages (the sanitised card to the voorzitter is card content too).
ALTER TABLE outbox_message ADD COLUMN content_purged_at DATETIME(6) NULL;

-- What the screening intake found out about a submission, one row per submission, written before the decision is
-- committed (the decision itself is the submission's state and history). The submission number is allocated once
-- per submission and kept here, so a decision taken again after a crash or a release from quarantine re-uses it.
CREATE TABLE submission_intake (
    submission_id         BIGINT       NOT NULL,
    submission_year       SMALLINT     NULL COMMENT 'submission number VHT-<year>-<sequence>, once allocated',
    submission_sequence   INT          NULL,
    route                 VARCHAR(8)   CHARACTER SET ascii NULL COMMENT 'VHT, or RVDK (also to the RvdK mailbox)',
    participant_id        BIGINT       NULL COMMENT 'the registered vaste deelnemer, when the sender is one',
    organisation_id       BIGINT       NULL,
    sender_verdict        VARCHAR(20)  CHARACTER SET ascii NULL COMMENT 'ACCEPTED, REFUSED, UNKNOWN_SENDER, AUTOMATED_MESSAGE',
    screening_verdict     VARCHAR(10)  CHARACTER SET ascii NULL COMMENT 'ACCEPT, REJECT, INVALID; NULL when not screened',
    reason_codes          VARCHAR(1000) CHARACTER SET ascii NULL COMMENT 'comma-separated codes: why',
    finding_count         INT          NULL,
    missing_count         INT          NULL,
    soort_inbreng         VARCHAR(20)  CHARACTER SET ascii NULL,
    earliest_meeting      DATE         NULL,
    earlier_year          SMALLINT     NULL COMMENT 'earlier submission number named by a follow-up',
    earlier_sequence      INT          NULL,
    linked_submission_id  BIGINT       NULL COMMENT 'the earlier submission, when the named number is known',
    screened_at           DATETIME(6)  NULL,
    created_at            DATETIME(6)  NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    PRIMARY KEY (submission_id),
    CONSTRAINT fk_submission_intake_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_submission_intake_linked FOREIGN KEY (linked_submission_id) REFERENCES submission (id),
    CONSTRAINT uq_submission_intake_number UNIQUE (submission_year, submission_sequence),
    CONSTRAINT ck_submission_intake_route CHECK (route IS NULL OR route IN ('VHT', 'RVDK')),
    INDEX ix_submission_intake_linked (linked_submission_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
