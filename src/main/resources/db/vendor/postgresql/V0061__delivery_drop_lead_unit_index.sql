-- Why: plan_item_status_idx (V0053) has the same key (lead_unit_code, kind) and serves every lookup
-- this index served (its INCLUDE columns only add to it); keeping both doubles that part of the
-- index work of each insert.
DROP INDEX plan_item_lead_unit_idx;
