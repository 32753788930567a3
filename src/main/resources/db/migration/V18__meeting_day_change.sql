-- Issue 10: the beheerder's closed days and extra meetings, added in the web console on top of the configuration
-- (vhk.agenda.closed-days / vhk.agenda.extra-meetings stay the default; they cannot be removed in the console).
-- One row per day: a day is either closed or an extra meeting. Only dates and the beheerder's login.
CREATE TABLE meeting_day_change (
    change_day   DATE         NOT NULL,
    kind         VARCHAR(6)   CHARACTER SET ascii NOT NULL COMMENT 'CLOSED or EXTRA',
    created_by   VARCHAR(254) NOT NULL COMMENT 'login of the beheerder',
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (change_day)
) ENGINE = InnoDB;
