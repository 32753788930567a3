-- Sender authentication (issue 11): per organisation the beheerder chooses how its participants' mail is
-- authenticated, S/MIME (signature with the registered certificate) or DKIM (signature of the From domain).
-- No row: S/MIME for a participant with a registered signing certificate, DKIM otherwise.
CREATE TABLE organisation_sender_authentication (
    organisation_id BIGINT      NOT NULL,
    method          VARCHAR(10) NOT NULL,
    chosen_by       VARCHAR(254) NOT NULL,
    chosen_at       DATETIME(3) NOT NULL,
    PRIMARY KEY (organisation_id),
    CONSTRAINT chk_sender_auth_method CHECK (method IN ('SMIME', 'DKIM'))
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
