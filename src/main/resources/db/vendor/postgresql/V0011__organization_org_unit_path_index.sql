-- Why: subtree queries are prefix matches on the materialised path; on PostgreSQL a LIKE 'prefix%'
-- uses a b-tree only with the pattern operator class (the database collation is not C).
CREATE INDEX org_unit_path_idx ON org_unit (path varchar_pattern_ops);
