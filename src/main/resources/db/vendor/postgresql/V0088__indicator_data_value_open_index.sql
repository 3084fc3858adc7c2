-- Why: the approvals queue and a unit's submit and approve-all read values by state DRAFT or
-- SUBMITTED; approved values, most of the table once a year is approved, are never looked up by
-- state. A partial index holds only the values not yet approved, so it stays small and approving a
-- value removes it from the index.
DROP INDEX data_value_state_idx;
CREATE INDEX data_value_open_idx ON data_value (state) WHERE state <> 'APPROVED';
