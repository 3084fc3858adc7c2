-- Why: an indicator's plan items are rows of delivery's plan_item_indicator (V0100, data moved by
-- V0101), read through delivery's IndicatorLinks.
ALTER TABLE indicator DROP COLUMN plan_item_codes;
