-- Why: a file import numbers itself and marks the values it wrote with that number, so that a value
-- that arrived new by file leads to the import's audit entry (ADR 0007), and so that an import can
-- tell its own rows from the values stored before it.
ALTER TABLE data_value ADD COLUMN import_id BIGINT;
CREATE SEQUENCE data_value_import_seq;
