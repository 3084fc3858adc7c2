-- Why: kept in step with the PostgreSQL migration of the same version, which adds a covering index
-- (INCLUDE columns) for the statistics; H2 has no INCLUDE and serves development data sizes only.
SELECT 1;
