-- Why: the application never updates or deletes audit entries; on PostgreSQL the database refuses
-- it too, so a bug or a careless script cannot rewrite history by accident. The table owner can
-- still disable the trigger (the tamper test does), which is why the hash chain, not this trigger,
-- is what makes tampering evident (docs/audit.md). H2 has the same version as a no-op.
CREATE FUNCTION audit_entry_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
END
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
