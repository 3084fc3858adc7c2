-- Why: every index of plan_item is maintained on each insert, and a 100,000-row task import spends
-- most of its database time there (BENCHMARKS.md section 4). No query filters or sorts plan items
-- by their own due date (deadlines are compared by the effective due date, which extensions move)
-- or by province_id (the distribution key for a sharded deployment, which needs no index of its own).
DROP INDEX plan_item_due_idx;
DROP INDEX plan_item_province_idx;
