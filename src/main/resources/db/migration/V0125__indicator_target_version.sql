-- Why: two edits of one target made from the same read both succeeded, the second silently undoing
-- the first. A version, checked and incremented on every change, lets the later edit be refused
-- (optimistic locking; ETag/If-Match on the API), as indicators already carry one.
ALTER TABLE indicator_target ADD COLUMN version INT DEFAULT 0 NOT NULL;
