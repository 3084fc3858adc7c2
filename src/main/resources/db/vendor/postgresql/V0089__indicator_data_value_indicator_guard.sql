-- Why: two costs paid for every value written, in COPY as in any insert (BENCHMARKS.md section 5):
--  - the foreign key data_value.indicator_id -> indicator (id): per row an SPI lookup of the
--    indicator and a key-share lock on it, about 9 of 14-17 CPU seconds per million values copied
--    in. The guarantee is kept once per transaction instead (ADR 0008): every writer of new values
--    locks the indicators it wrote FOR KEY SHARE before it commits, the very lock the key took, and
--    refuses if one is gone; deleting an indicator locks it FOR UPDATE first and is refused while
--    it has values;
--  - the primary key compared unit_code and period with the database's collation (strcoll). Both
--    are ASCII codes (unit codes, 2024-03, 2024Q1), whose order is the same bytewise, so the C
--    collation changes no order and makes each comparison a memcmp (-0.15 to -0.67 CPU seconds per
--    million values copied in, about 7 %). Equality with unit codes of other tables is unchanged;
--    the key is built anew.
ALTER TABLE data_value DROP CONSTRAINT data_value_indicator_id_fkey;
ALTER TABLE data_value ALTER COLUMN unit_code TYPE VARCHAR(64) COLLATE "C",
    ALTER COLUMN period TYPE VARCHAR(8) COLLATE "C";
