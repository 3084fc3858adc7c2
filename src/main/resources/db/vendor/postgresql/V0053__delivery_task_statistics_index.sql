-- Why: statistics as of a date read, per task of the lead units asked about, only the columns of
-- the status rule; with them in the index PostgreSQL answers from the index alone (index-only scan)
-- instead of visiting a million heap rows with titles and descriptions.
CREATE INDEX plan_item_status_idx ON plan_item (lead_unit_code, kind) INCLUDE (id, due_date, completed_on);
