-- Issue 11: the audit chain sealed with a key that is NOT in the database (nl.vhkgateway.domain.audit.ChainSeal).
--
-- seal:       HMAC-SHA256(key, "vhk-audit-row-v1\n" + hash) of every row appended from now on (NULL for older rows).
-- keyed_from: the first sequence number that must carry a seal: the next row to be written when this migration ran
--             (1 on a new installation). Older rows keep only their unkeyed hashes (and the published head).
-- head_seal:  HMAC over the head (sequence, hash, keyed_from), so that rows cut from the end are detected too.
--
-- ALTER TABLE does not fire the append-only triggers; the rows themselves are not changed.

ALTER TABLE audit_event ADD COLUMN seal CHAR(64) NULL;

ALTER TABLE audit_chain_head
    ADD COLUMN keyed_from BIGINT   NOT NULL DEFAULT 1,
    ADD COLUMN head_seal  CHAR(64) NULL;

UPDATE audit_chain_head SET keyed_from = last_seq + 1 WHERE id = 1;
