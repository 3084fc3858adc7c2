-- Why: statistics of a unit subtree as of any date must not count a million tasks per request.
-- Each leaf task's status over time is a short sequence of (day, status) steps (TaskStatus.of is
-- piecewise constant: it changes only on the completion date, on the day after an effective due
-- date, and on the day an extension is approved). task_tally_item keeps every task's steps (and its
-- parent, so that moving a sub-task refreshes the parent it left); task_tally keeps, per lead unit,
-- the sum of the steps' changes per year, per month and per day (grain Y, M, D). The counts as of D
-- are the years before D's year + the months of D's year before D's month + the days of D's month
-- up to D: a few rows per unit. Kept exact by TaskTally on every write of a plan item, in the same
-- transaction; rebuilt from plan_item when not ready (bulk loads).
CREATE TABLE task_tally_item (
    plan_item_id   BIGINT       NOT NULL,
    parent_id      BIGINT,
    lead_unit_code VARCHAR(64)  NOT NULL,
    steps          VARCHAR(1000) NOT NULL,
    CONSTRAINT task_tally_item_pk PRIMARY KEY (plan_item_id)
);

CREATE TABLE task_tally (
    unit_code   VARCHAR(64) NOT NULL,
    grain       CHAR(1)     NOT NULL,
    tally_day   DATE        NOT NULL,
    on_time     INT         NOT NULL,
    late        INT         NOT NULL,
    in_progress INT         NOT NULL,
    overdue     INT         NOT NULL,
    CONSTRAINT task_tally_pk PRIMARY KEY (unit_code, grain, tally_day),
    CONSTRAINT task_tally_grain_ck CHECK (grain IN ('Y', 'M', 'D'))
);
-- The whole nation's rows of one grain and date range, read from the index alone.
CREATE INDEX task_tally_day_idx ON task_tally (grain, tally_day, unit_code, on_time, late, in_progress, overdue);

-- ready: the tally matches plan_item (false after a bulk load that bypassed the application; the
-- statistics then count tasks directly until the tally is rebuilt).
CREATE TABLE task_tally_state (
    id         INT     NOT NULL,
    ready      BOOLEAN NOT NULL,
    rebuilt_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT task_tally_state_pk PRIMARY KEY (id),
    CONSTRAINT task_tally_state_one_ck CHECK (id = 1)
);
INSERT INTO task_tally_state (id, ready) SELECT 1, NOT EXISTS (SELECT 1 FROM plan_item WHERE kind = 'TASK');
