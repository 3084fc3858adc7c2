-- Why: kept in step with the PostgreSQL migration of the same version, which drops
-- plan_item_lead_unit_idx in favour of the covering index of V0053; H2 has no covering index, so it
-- keeps plan_item_lead_unit_idx.
SELECT 1;
