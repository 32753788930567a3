-- Issue 13: a submission is advanced by one intake worker at a time. A worker claims it (token + lease) before it
-- routes and dispatches, and clears the claim afterwards; a claim whose lease has passed (the worker's process
-- died) may be taken over. The claim is only about who works on it: every step keeps its own guard (state checks
-- in the same transaction, the outbox's SENDING claim), so exactly-once does not depend on it.
ALTER TABLE submission
    ADD COLUMN claim_token CHAR(36) CHARACTER SET ascii NULL COMMENT 'worker that advances the submission now (UUID)',
    ADD COLUMN claim_until DATETIME(6) NULL COMMENT 'the claim lapses at this time (UTC)';
