-- Why: the audit trail is an append-only, hash-chained record of every state change. Each entry
-- holds the SHA-256 of its canonical content and the previous entry's hash (docs/audit.md), so a
-- row changed or removed behind the application's back breaks the chain. Ids are assigned by the
-- application as last_id + 1 while it holds the chain head lock (below): the hash covers the id,
-- so it must be known before the row is written, and the ids stay gapless in chain order.
CREATE TABLE audit_entry (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(200)             NOT NULL,
    action        VARCHAR(100)             NOT NULL,
    entity_type   VARCHAR(100)             NOT NULL,
    entity_id     VARCHAR(300),
    org_unit_code VARCHAR(64),
    before_json   VARCHAR(1000000),
    after_json    VARCHAR(1000000),
    request_id    VARCHAR(64),
    previous_hash CHAR(64)                 NOT NULL,
    hash          CHAR(64)                 NOT NULL
);
-- The viewer filters by date range, actor, entity type and unit, newest first.
CREATE INDEX audit_entry_occurred_at_idx ON audit_entry (occurred_at);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor, id);
CREATE INDEX audit_entry_entity_type_idx ON audit_entry (entity_type, id);
CREATE INDEX audit_entry_org_unit_idx ON audit_entry (org_unit_code, id);

-- The end of the chain, one row. Appending locks it (SELECT ... FOR UPDATE) until the writing
-- transaction ends, which serialises appends across all nodes; verification compares the last
-- entry with it, so cutting entries off the end is noticed too.
CREATE TABLE audit_chain_head (
    id        INT      NOT NULL PRIMARY KEY,
    last_id   BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT audit_chain_head_single_row_ck CHECK (id = 1)
);
INSERT INTO audit_chain_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
