-- Why: subtree queries are prefix matches on the materialised path (H2 uses a plain index for LIKE 'prefix%').
CREATE INDEX org_unit_path_idx ON org_unit (path);
