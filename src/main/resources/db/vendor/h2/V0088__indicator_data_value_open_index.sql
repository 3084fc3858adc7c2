-- Why: kept in step with the PostgreSQL migration of the same version, which makes the state index
-- partial (values not yet approved); H2 has no partial indexes, so the index covers every state.
DROP INDEX data_value_state_idx;
CREATE INDEX data_value_open_idx ON data_value (state);
