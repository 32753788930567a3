-- Issue 12 (high availability): one lease row per leadership role (the intake mailbox, the handover mailbox, the
-- scheduled jobs). Exactly one gateway instance holds a role at a time: it acquires the row when it is free or
-- expired, renews it well within lease_seconds, and releases it on a clean shutdown. Every acquisition increments
-- token (the fencing token); every write of a worker runs, inside its own transaction,
--   UPDATE leader_lease SET fenced_writes = fenced_writes + 1 WHERE role = ? AND holder = ? AND token = ?
-- and rolls back when no row matches, so an old leader that wakes up after a pause cannot write any more. The
-- UPDATE (not a locking SELECT) is what makes this hold on Galera too: the row is in both write sets, so
-- certification lets only one of the old leader's write and the new leader's acquisition commit.
-- Times are the database's (NOW(6)), so the instances' clocks do not matter.
CREATE TABLE leader_lease (
    role          VARCHAR(32)  CHARACTER SET ascii NOT NULL COMMENT 'intake, handover or jobs',
    holder        VARCHAR(128) NULL COMMENT 'instance id of the leader; NULL when released',
    token         BIGINT       NOT NULL DEFAULT 0 COMMENT 'fencing token: +1 on every acquisition, never reused',
    acquired_at   DATETIME(6)  NULL COMMENT 'when the holder acquired it (UTC)',
    renewed_at    DATETIME(6)  NULL COMMENT 'last renewal (UTC)',
    expires_at    DATETIME(6)  NOT NULL DEFAULT '1970-01-01 00:00:00' COMMENT 'free for another instance after this time (UTC)',
    fenced_writes BIGINT       NOT NULL DEFAULT 0 COMMENT 'worker transactions that passed the fencing check',
    PRIMARY KEY (role)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO leader_lease (role) VALUES ('intake'), ('handover'), ('jobs');
