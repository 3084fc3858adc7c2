-- Why: a large import added its 170,000 changes to task_tally with INSERT … ON CONFLICT DO UPDATE,
-- and each update of an existing key is a new row version in the table and in the key's index (the
-- counts are in the index, so no update is HOT): 3.2-3.5 s of a 100,000-task import, against
-- 1.3 s for inserting the same rows (BENCHMARKS.md, section 4). On PostgreSQL the tally's rows are
-- now changes appended as they come, several rows per key allowed; every read sums them, as it
-- summed the rows of a unit already. TaskTally.compact() folds each key's rows into one (after a
-- large import, and every hour). H2 keeps its primary key and MERGE (development data sizes).
ALTER TABLE task_tally DROP CONSTRAINT task_tally_pk;
CREATE INDEX task_tally_key_idx ON task_tally (grain, bucket, unit_code, tally_day)
    INCLUDE (on_time, late, in_progress, overdue);
