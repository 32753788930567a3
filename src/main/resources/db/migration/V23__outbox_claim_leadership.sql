-- Issue 12 (high availability), prompt takeover of a dead leader's sending claims: a claim records the leadership
-- under which it was made (the role, its fencing token and the claiming process), so that a new leader, whose token
-- is higher, may take over claims of a superseded leadership at once instead of after the sending lease (5 min).
-- in_doubt marks a message whose earlier claim ended without a recorded outcome (taken over while SENDING): the SMTP
-- server may or may not have accepted it, so before sending it again the dispatch asks the delivery probe whether
-- a mail with its Message-ID already reached the recipient (ADR 0001, addendum). Claims made outside a leader's
-- worker thread leave the three claim columns NULL and are taken over only after the sending lease, as before.
ALTER TABLE outbox_message
    ADD COLUMN claim_role  VARCHAR(32)  CHARACTER SET ascii NULL COMMENT 'leadership role of the claiming worker (intake, handover); NULL outside a worker',
    ADD COLUMN claim_token BIGINT       NULL COMMENT 'fencing token of that role when the message was claimed',
    ADD COLUMN claimed_by  VARCHAR(200) NULL COMMENT 'the claiming process: instance id and a per-start suffix',
    ADD COLUMN in_doubt    TINYINT(1)   NOT NULL DEFAULT 0 COMMENT '1: a claim ended without a recorded outcome; probe before resending';
