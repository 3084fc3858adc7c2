-- Why: every index of data_value is maintained for every value a file import writes; with five
-- indexes and the foreign key, writing the rows cost more than reading and checking them. Only the
-- indexes that a statement uses are kept (BENCHMARKS.md section 5):
--  - the surrogate id was read by nothing (values are found by indicator, unit and period; the
--    audit names them INDICATOR/UNIT/PERIOD): the natural key becomes the primary key, one index
--    instead of two, and no identity to draw per row;
--  - data_value_year_idx (indicator_id, period_year, unit_code) served the lineage statement, which
--    now reads by unit through the key (a year range of it was the slow generic plan);
--  - data_value_unit_idx (unit_code, period_year) served a unit's values without an indicator; with
--    at most a few hundred indicators those are read through the key, one probe per indicator.
ALTER TABLE data_value DROP COLUMN id;
ALTER TABLE data_value DROP CONSTRAINT data_value_uk;
ALTER TABLE data_value ADD CONSTRAINT data_value_pk PRIMARY KEY (indicator_id, unit_code, period);
DROP INDEX data_value_year_idx;
DROP INDEX data_value_unit_idx;
