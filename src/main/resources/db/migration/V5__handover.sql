-- Handovers (issue 5): a second watched mailbox (overdracht@) runs its own pipeline on the same tables.
-- Every submission and outbox message belongs to one channel ('INTAKE' for the intake mailbox, 'HANDOVER' for the
-- handover mailbox); each pipeline stores, routes and sends only its own channel's rows, so the intake never routes
-- a handover and the dispatcher of one never sends (or skips the guard of) the other's messages.
-- The idempotency key becomes per channel: the same message sent to both mailboxes is two submissions.
-- An outbox message may now end CANCELLED: the handover's guard stopped it right before sending (consent withdrawn).

ALTER TABLE submission
    ADD COLUMN channel VARCHAR(20) CHARACTER SET ascii NOT NULL DEFAULT 'INTAKE' AFTER id,
    DROP INDEX uq_submission_idempotency,
    ADD CONSTRAINT uq_submission_idempotency UNIQUE (channel, message_id_digest, content_sha256),
    DROP INDEX ix_submission_due,
    ADD INDEX ix_submission_due (channel, state, next_attempt_at);

ALTER TABLE outbox_message
    ADD COLUMN channel VARCHAR(20) CHARACTER SET ascii NOT NULL DEFAULT 'INTAKE' AFTER id,
    DROP CONSTRAINT ck_outbox_state,
    ADD CONSTRAINT ck_outbox_state CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'CANCELLED')),
    DROP INDEX ix_outbox_claimable,
    ADD INDEX ix_outbox_claimable (channel, state, next_attempt_at);
