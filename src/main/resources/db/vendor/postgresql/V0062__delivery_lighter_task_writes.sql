-- Why: every task written (100,000 at once by an import) updates each index of plan_item and, for
-- the task tally, one to three rows of task_tally with its two indexes.
--  - plan_item_status_idx (V0053) served the statistics counted task by task; they come from the
--    task tally now, and the few statements still reading tasks by lead unit (the count when the
--    tally is being rebuilt, missing progress reports, the list) all ask for tasks (kind TASK), which
--    plan_item_list_unit_idx (V0059) holds with the same columns, in the same key order.
--  - task_tally.unit_code compares by byte (COLLATE "C", as org_unit.path since V0014): unit codes
--    are ASCII identifiers, whose order is the same by either rule, and a byte comparison is several
--    times cheaper than the database's locale comparison in both indexes of the table.
DROP INDEX plan_item_status_idx;
ALTER TABLE task_tally ALTER COLUMN unit_code TYPE VARCHAR(64) COLLATE "C";
