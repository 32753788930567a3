-- Issue 13: the intake's recovery of decision audits lost in a crash looks for decisions of a recent time window;
-- without an index on the time it would read the whole state history every time it looks.
CREATE INDEX ix_state_change_time ON submission_state_change (occurred_at);
