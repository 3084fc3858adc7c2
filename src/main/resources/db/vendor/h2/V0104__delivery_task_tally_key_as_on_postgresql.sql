-- Why: both databases must end with the same keys. On PostgreSQL task_tally has had no primary key
-- since V0066: changes are appended, several rows per (grain, bucket, unit_code, tally_day), and
-- every read sums a key's rows. H2 kept the key and merges each change into one row; it now has the
-- same non-unique key index instead (its MERGE matches on the columns, not on a constraint, and
-- reads sum as on PostgreSQL, so two rows for one key still count right). The rows stay as they are.
ALTER TABLE task_tally DROP CONSTRAINT task_tally_pk;
CREATE INDEX task_tally_key_idx ON task_tally (grain, bucket, unit_code, tally_day);
