-- Why: kept in step with the PostgreSQL migration of the same version, which adds partial covering
-- indexes for the task list and a trigram index for its words; H2 has neither partial indexes nor
-- trigrams and serves development data sizes, so plain indexes on the list's order suffice.
CREATE INDEX plan_item_list_unit_idx ON plan_item (lead_unit_code, due_date, code);
CREATE INDEX plan_item_list_extended_idx ON plan_item (extended_due, code);
