-- Why: at national scale (a million tasks) the queries that find the few items waiting for a
-- decision, and the tasks an assigning unit sees, must start from an index, not from every item.
CREATE INDEX plan_item_assigner_idx ON plan_item (assigner_unit_code);
CREATE INDEX task_completion_decision_idx ON task_completion (decision, plan_item_id);
CREATE INDEX task_extension_decision_idx ON task_extension (decision, plan_item_id);
