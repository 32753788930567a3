-- Agenda and deadlines (issue 10, docs/agenda.md). Only numbers, dates and states: no card text, no names.
--
-- meeting: one row per meeting date that has (had) a case; locked FOR UPDATE while a case is planned on it, so two
-- planners never exceed the capacity; agenda_sent_at once the agenda mails were queued in the outbox.
CREATE TABLE meeting (
    meeting_date    DATE         NOT NULL,
    agenda_sent_at  DATETIME(6)  NULL COMMENT 'when the agenda mails were queued (outbox), once',
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (meeting_date)
) ENGINE = InnoDB;

-- planned_case: an accepted submission proposed for / planned on a meeting, one row per submission.
CREATE TABLE planned_case (
    submission_id        BIGINT       NOT NULL,
    submission_year      SMALLINT     NOT NULL,
    submission_sequence  INT          NOT NULL,
    organisation_id      BIGINT       NULL,
    participant_id       BIGINT       NULL COMMENT 'the vaste deelnemer who sent it',
    follow_up_of         BIGINT       NULL COMMENT 'the earlier submission of a follow-up / monitoring card',
    received_on          DATE         NOT NULL COMMENT 'day of receipt, Europe/Amsterdam',
    meeting_date         DATE         NOT NULL,
    state                VARCHAR(12)  CHARACTER SET ascii NOT NULL,
    decided_by           VARCHAR(254) NULL COMMENT 'login or mail address of the voorzitter who decided',
    version              INT          NOT NULL DEFAULT 0,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (submission_id),
    CONSTRAINT fk_planned_case_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_planned_case_meeting FOREIGN KEY (meeting_date) REFERENCES meeting (meeting_date),
    CONSTRAINT uq_planned_case_number UNIQUE (submission_year, submission_sequence),
    CONSTRAINT ck_planned_case_state CHECK (state IN ('PROPOSED', 'ACCEPTED', 'DECLINED')),
    INDEX ix_planned_case_meeting (meeting_date, state)
) ENGINE = InnoDB;

-- invited experts of a planned case: mail addresses only.
CREATE TABLE planned_case_expert (
    submission_id  BIGINT       NOT NULL,
    mail_address   VARCHAR(254) NOT NULL,
    added_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (submission_id, mail_address),
    CONSTRAINT fk_planned_case_expert_case FOREIGN KEY (submission_id) REFERENCES planned_case (submission_id)
) ENGINE = InnoDB;

-- case_term: a term derived from a recorded outcome; done_at when the vaste deelnemer or voorzitter marks it done.
CREATE TABLE case_term (
    submission_id  BIGINT       NOT NULL,
    kind           VARCHAR(20)  CHARACTER SET ascii NOT NULL,
    due_date       DATE         NOT NULL,
    done_at        DATETIME(6)  NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (submission_id, kind),
    CONSTRAINT fk_case_term_case FOREIGN KEY (submission_id) REFERENCES planned_case (submission_id),
    INDEX ix_case_term_due (done_at, due_date)
) ENGINE = InnoDB;

-- scheduled_notice: the exactly-once key of every scheduled mail (agenda per meeting and recipient, a reminder per
-- term and kind, the weekly overview per week). The row and the outbox message are written in one transaction.
CREATE TABLE scheduled_notice (
    notice_key     VARCHAR(200) CHARACTER SET ascii NOT NULL COMMENT 'e.g. AGENDA/2026-12-01/<sha256 of address>',
    outbox_id      BIGINT       NULL,
    created_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (notice_key)
) ENGINE = InnoDB;

-- calendar_feed: a secret feed URL per user; only the SHA-256 of the token is stored.
CREATE TABLE calendar_feed (
    token_sha256   CHAR(64)     CHARACTER SET ascii NOT NULL,
    owner          VARCHAR(254) NOT NULL COMMENT 'login of the user',
    created_at     DATETIME(6)  NOT NULL,
    revoked_at     DATETIME(6)  NULL,
    PRIMARY KEY (token_sha256),
    INDEX ix_calendar_feed_owner (owner)
) ENGINE = InnoDB;
