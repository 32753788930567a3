-- Consent register (issue 5) and the shared audit log (issues 4 and 5). See docs/adr/0002-consent-and-audit.md.
--
-- Both are append-only: history is never overwritten. A withdrawal is a new row in consent_withdrawal, not an
-- update of consent_record. Triggers refuse UPDATE and DELETE on these tables, so that even a bug or a careless
-- statement cannot rewrite them; the audit chain's hashes prove it for anyone who bypasses the triggers.
-- (On a server with binary logging, creating triggers needs SUPER or log_bin_trust_function_creators=1.)
--
-- Organisations and participants are referenced by id / mail address without foreign keys: their tables belong
-- to the participant register (V1/V2), and a consent or audit row must outlive an organisation's removal.
-- All times are UTC.

CREATE TABLE consent_record (
    id                          BIGINT       NOT NULL AUTO_INCREMENT,
    case_reference              VARCHAR(40)  NOT NULL,
    youth_age_group             VARCHAR(20)  NOT NULL,
    sender_organisation_id      BIGINT       NOT NULL,
    sender_organisation_type    VARCHAR(20)  NOT NULL,
    recipient_organisation_id   BIGINT       NULL,
    recipient_organisation_type VARCHAR(20)  NOT NULL,
    purpose                     VARCHAR(40)  NOT NULL,
    how_given                   VARCHAR(200) NOT NULL,
    given_at                    DATETIME(3)  NOT NULL,
    valid_from                  DATETIME(3)  NOT NULL,
    valid_until                 DATETIME(3)  NOT NULL,
    recorded_by                 VARCHAR(254) NOT NULL,
    recorded_at                 DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_consent_case (case_reference),
    CONSTRAINT chk_consent_validity CHECK (valid_from < valid_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consent_consenter (
    consent_id BIGINT      NOT NULL,
    position   INT         NOT NULL,
    role       VARCHAR(20) NOT NULL,
    age_group  VARCHAR(20) NULL,
    PRIMARY KEY (consent_id, position),
    CONSTRAINT fk_consenter_consent FOREIGN KEY (consent_id) REFERENCES consent_record (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- At most one withdrawal per consent (primary key): withdrawing twice is a conflict, not a second fact.
CREATE TABLE consent_withdrawal (
    consent_id   BIGINT       NOT NULL,
    withdrawn_at DATETIME(3)  NOT NULL,
    withdrawn_by VARCHAR(20)  NOT NULL,
    how          VARCHAR(200) NOT NULL,
    recorded_by  VARCHAR(254) NOT NULL,
    recorded_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (consent_id),
    CONSTRAINT fk_withdrawal_consent FOREIGN KEY (consent_id) REFERENCES consent_record (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The audit log: one row per event, chained by SHA-256 (nl.vhkgateway.domain.audit.AuditChain).
-- Values are ASCII ids and codes only (enforced by AuditEvent); details is the canonical JSON of a sorted map.
CREATE TABLE audit_event (
    seq           BIGINT        NOT NULL,
    occurred_at   DATETIME(3)   NOT NULL,
    actor         VARCHAR(254)  NOT NULL,
    action        VARCHAR(64)   NOT NULL,
    subject       VARCHAR(128)  NULL,
    outcome       VARCHAR(64)   NOT NULL,
    reason_codes  VARCHAR(1400) NOT NULL,
    details       TEXT          NOT NULL,
    previous_hash CHAR(64)      NOT NULL,
    hash          CHAR(64)      NOT NULL,
    PRIMARY KEY (seq),
    KEY idx_audit_subject (subject),
    KEY idx_audit_action (action),
    KEY idx_audit_occurred (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

-- The head of the chain: one row, locked (SELECT ... FOR UPDATE) by every append so that appends are serialised
-- and the chain never forks. Also lets the verification notice rows removed from the end.
CREATE TABLE audit_chain_head (
    id        TINYINT  NOT NULL,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT chk_audit_head_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;

INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TRIGGER consent_record_no_update BEFORE UPDATE ON consent_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'consent_record is append-only';
CREATE TRIGGER consent_record_no_delete BEFORE DELETE ON consent_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'consent_record is append-only';
CREATE TRIGGER consent_consenter_no_update BEFORE UPDATE ON consent_consenter FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'consent_consenter is append-only';
CREATE TRIGGER consent_consenter_no_delete BEFORE DELETE ON consent_consenter FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'consent_consenter is append-only';
CREATE TRIGGER consent_withdrawal_no_update BEFORE UPDATE ON consent_withdrawal FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'consent_withdrawal is append-only';
CREATE TRIGGER consent_withdrawal_no_delete BEFORE DELETE ON consent_withdrawal FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'consent_withdrawal is append-only';
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only';
