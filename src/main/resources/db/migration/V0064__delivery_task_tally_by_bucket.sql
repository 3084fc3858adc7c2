-- Why: task_tally had two indexes, its key (unit, grain, day) for a few units and a covering index
-- (grain, day, unit, counts) for the whole nation; a 100,000-task import upserts ~173,000 rows and
-- the second index was more than half of that cost. A statistics request reads, for each grain,
-- rows of one "bucket": the year rows (all under one bucket), the month rows of D's year (bucket =
-- the year's first day), the day rows of D's month (bucket = the month's first day). With the key
-- (grain, bucket, unit_code, tally_day) one index serves both: a few units are probed in their
-- bucket, the nation reads the bucket's range. The tally is derived data: the table is created
-- anew and rebuilt from plan_item at the next start (TaskTallyKeeper) when there are tasks.
DROP TABLE task_tally;
CREATE TABLE task_tally (
    grain       CHAR(1)     NOT NULL,
    bucket      DATE        NOT NULL,
    unit_code   VARCHAR(64) NOT NULL,
    tally_day   DATE        NOT NULL,
    on_time     INT         NOT NULL,
    late        INT         NOT NULL,
    in_progress INT         NOT NULL,
    overdue     INT         NOT NULL,
    CONSTRAINT task_tally_pk PRIMARY KEY (grain, bucket, unit_code, tally_day),
    CONSTRAINT task_tally_grain_ck CHECK (grain IN ('Y', 'M', 'D'))
);
UPDATE task_tally_state SET ready = FALSE WHERE EXISTS (SELECT 1 FROM plan_item WHERE kind = 'TASK');
