-- Why: subtree queries must use the path index whatever plan PostgreSQL caches. A LIKE with a bind
-- parameter cannot use a pattern-ops index in a generic plan; a range (path >= prefix AND path <
-- prefix-end) can, if the column compares bytewise. Paths are '/digits/' only, so the C collation
-- changes no meaningful order.
DROP INDEX org_unit_path_idx;
ALTER TABLE org_unit ALTER COLUMN path TYPE VARCHAR(1000) COLLATE "C";
CREATE INDEX org_unit_path_idx ON org_unit (path);
