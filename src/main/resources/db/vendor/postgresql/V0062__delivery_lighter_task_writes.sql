-- Why: every task written (100,000 at once by an import) updates each index of plan_item.
-- plan_item_status_idx (V0053) served the statistics counted task by task; they come from the task
-- tally now, and the few statements still reading tasks by lead unit (the count while the tally is
-- being rebuilt, missing progress reports, the list) all ask for tasks (kind TASK), which
-- plan_item_list_unit_idx (V0059) holds with the same columns, in the same key order.
DROP INDEX plan_item_status_idx;
