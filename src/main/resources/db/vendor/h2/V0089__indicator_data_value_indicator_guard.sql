-- Why: kept in step with the PostgreSQL migration of the same version, which drops the foreign key
-- data_value.indicator_id -> indicator (id) in favour of a lock taken once per transaction by every
-- writer of new values and a refused delete (ADR 0008): both databases run the same guard. H2 named
-- the key itself when V0081 declared it inline, so the name is looked up. The C collation that
-- PostgreSQL gives unit_code and period is how H2 compares strings already.
EXECUTE IMMEDIATE (SELECT 'ALTER TABLE data_value DROP CONSTRAINT "' || constraint_name || '"'
                   FROM information_schema.table_constraints
                   WHERE table_schema = CURRENT_SCHEMA AND UPPER(table_name) = 'DATA_VALUE'
                     AND constraint_type = 'FOREIGN KEY');
