-- Why: a plan item's indicators are rows of plan_item_indicator (V0100, data moved by V0101).
ALTER TABLE plan_item DROP COLUMN indicator_codes;
