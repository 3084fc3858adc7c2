-- Why: (1) the counts in the key's index let statistics read task_tally from the index alone
-- (index-only scans) instead of one visit to the table per row; an update of the counts is never
-- HOT anyway (the key's index must take the new row either way). (2) unit_code compares by byte
-- (COLLATE "C", as org_unit.path since V0014): unit codes are ASCII identifiers, ordered the same
-- by either rule, and a byte comparison is several times cheaper than the locale's.
ALTER TABLE task_tally ALTER COLUMN unit_code TYPE VARCHAR(64) COLLATE "C";
ALTER TABLE task_tally DROP CONSTRAINT task_tally_pk;
ALTER TABLE task_tally ADD CONSTRAINT task_tally_pk PRIMARY KEY (grain, bucket, unit_code, tally_day)
    INCLUDE (on_time, late, in_progress, overdue);
