-- Participant register (issue 4): partner organisations, their vaste deelnemers, and the per-year sequence of
-- submission numbers (VHT-2026-0042). Owned by the participant register; V1 (intake) and V3 (consent) are separate.
-- Times are UTC. Mail addresses are stored in lower case; the unique keys are case-insensitive as well.

CREATE TABLE organisation (
    id                         BIGINT       NOT NULL AUTO_INCREMENT,
    type                       VARCHAR(20)  NOT NULL,
    name                       VARCHAR(200) NOT NULL,
    municipality               VARCHAR(100) NULL,
    receiving_mailbox          VARCHAR(254) NOT NULL,
    partner_certificate_pem    TEXT         NULL,
    partner_certificate_sha256 CHAR(64)     NULL,
    active                     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at                 DATETIME(3)  NOT NULL,
    updated_at                 DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_organisation_name UNIQUE (name),
    CONSTRAINT ck_organisation_type CHECK (type IN ('TOEGANG', 'VEILIG_THUIS', 'GI', 'RVDK'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE participant (
    id                         BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id            BIGINT       NOT NULL,
    name                       VARCHAR(200) NOT NULL,
    mail_address               VARCHAR(254) NOT NULL,
    signing_certificate_pem    TEXT         NULL,
    signing_certificate_sha256 CHAR(64)     NULL,
    active                     BOOLEAN      NOT NULL DEFAULT TRUE,
    api_password_hash          VARCHAR(255) NULL,
    created_at                 DATETIME(3)  NOT NULL,
    updated_at                 DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_participant_mail_address UNIQUE (mail_address),
    CONSTRAINT fk_participant_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT ck_participant_mail_lower CHECK (mail_address = LOWER(mail_address) COLLATE utf8mb4_bin)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_participant_organisation ON participant (organisation_id);

-- One row per year; last_number is the last allocated sequence number of that year.
CREATE TABLE submission_number_sequence (
    submission_year SMALLINT NOT NULL,
    last_number     INT      NOT NULL,
    PRIMARY KEY (submission_year),
    CONSTRAINT ck_submission_number_positive CHECK (last_number > 0)
) ENGINE = InnoDB;
