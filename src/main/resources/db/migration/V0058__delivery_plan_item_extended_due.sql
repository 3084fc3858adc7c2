-- Why: the task list orders and filters by the effective due date as of a chosen day, which depends
-- on the extensions approved by then. Stored on the task, the deadline can be indexed: before the
-- first approved extension it is due_date, from the last approval on it is extended_due (the new
-- date of the latest approved extension), and only between the two (a task extended more than once,
-- seen as of a day between its approvals) does a query still read task_extension. All three columns
-- are null for a task without an approved extension; PlanItem keeps them in step with its extensions.
ALTER TABLE plan_item ADD COLUMN extended_due DATE;
ALTER TABLE plan_item ADD COLUMN first_extended_on DATE;
ALTER TABLE plan_item ADD COLUMN last_extended_on DATE;

-- The stored items: the same rule as PlanItem.effectiveDueAsOf (latest decision day, then latest
-- request of that day).
UPDATE plan_item t SET
    extended_due = (SELECT e.new_due_date FROM task_extension e WHERE e.plan_item_id = t.id
                    AND e.decision = 'APPROVED' AND e.decided_on IS NOT NULL
                    ORDER BY e.decided_on DESC, e.seq DESC FETCH FIRST 1 ROWS ONLY),
    first_extended_on = (SELECT MIN(e.decided_on) FROM task_extension e WHERE e.plan_item_id = t.id
                         AND e.decision = 'APPROVED'),
    last_extended_on = (SELECT MAX(e.decided_on) FROM task_extension e WHERE e.plan_item_id = t.id
                        AND e.decision = 'APPROVED')
WHERE t.id IN (SELECT e.plan_item_id FROM task_extension e WHERE e.decision = 'APPROVED' AND e.decided_on IS NOT NULL);
