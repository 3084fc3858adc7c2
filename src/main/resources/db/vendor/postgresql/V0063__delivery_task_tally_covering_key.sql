-- Why: the statistics of a unit subtree read, per unit of the subtree, its year, month and day rows
-- of task_tally by the primary key; with the counts in the key's index they come from the index
-- alone (index-only scan), instead of one visit to the table per row. Writes cost the same: an
-- update of the counts is never HOT (task_tally_day_idx holds them too), so both indexes take a new
-- entry either way.
ALTER TABLE task_tally DROP CONSTRAINT task_tally_pk;
ALTER TABLE task_tally ADD CONSTRAINT task_tally_pk PRIMARY KEY (unit_code, grain, tally_day)
    INCLUDE (on_time, late, in_progress, overdue);
-- V0062's change of type rewrote the table without its statistics: the planner needs them back
-- (it took the nation's 6,963 units for 67 and planned for that).
ANALYZE task_tally;
