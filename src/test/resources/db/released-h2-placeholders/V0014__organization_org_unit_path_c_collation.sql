-- Why: kept in step with the PostgreSQL migration of the same version, which gives the path column
-- the C collation for range queries. H2 already compares these strings by character code: nothing to do.
SELECT 1;
