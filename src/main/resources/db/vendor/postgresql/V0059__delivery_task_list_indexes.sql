-- Why: a page of the task list (50 rows by effective due date, then code) must not evaluate every
-- matching task. Each index serves one branch of TaskListStatements in its order and carries the
-- columns its filters read (and the id), so that PostgreSQL walks it with an index-only scan and
-- stops after the page:
--  * tasks of some lead units: their due date, or (extended tasks) their stored extended date;
--  * the whole programme, tasks whose deadline is the due date as of the day asked;
--  * the whole programme, tasks whose deadline is their latest approved extension;
--  * the few tasks extended on more than one day, whose deadline between those days is read from
--    task_extension.
-- The extended tasks' indexes are partial on last_extended_on IS NOT NULL, which the list's
-- condition "last_extended_on <= day" implies (a condition on extended_due as well would make the
-- planner count the 13 % of extended tasks twice and underestimate the branch tenfold).
CREATE INDEX plan_item_list_unit_idx ON plan_item (lead_unit_code, due_date, code)
    INCLUDE (id, completed_on, first_extended_on, last_extended_on) WHERE kind = 'TASK';
CREATE INDEX plan_item_list_unit_extended_idx ON plan_item (lead_unit_code, extended_due, code)
    INCLUDE (id, completed_on, first_extended_on, last_extended_on)
    WHERE kind = 'TASK' AND last_extended_on IS NOT NULL;
CREATE INDEX plan_item_list_due_idx ON plan_item (due_date, code)
    INCLUDE (id, completed_on, first_extended_on, last_extended_on) WHERE kind = 'TASK';
CREATE INDEX plan_item_list_extended_idx ON plan_item (extended_due, code)
    INCLUDE (id, completed_on, first_extended_on, last_extended_on)
    WHERE kind = 'TASK' AND last_extended_on IS NOT NULL;
CREATE INDEX plan_item_list_reextended_idx ON plan_item (last_extended_on, first_extended_on) INCLUDE (id)
    WHERE kind = 'TASK' AND first_extended_on < last_extended_on;

-- Why: the words of the search box match anywhere in search_key (LIKE '%word%'); a trigram index
-- finds the matching tasks without reading a million titles. pg_trgm is a trusted extension that the
-- database owner may create; where the role may not, the list still works, without this index.
-- Test schemas each run this migration, so the operator class is looked up where the extension is.
DO $$
DECLARE
    trgm_schema TEXT;
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
    EXCEPTION
        WHEN insufficient_privilege OR unique_violation OR duplicate_object THEN
            RAISE NOTICE 'pg_trgm not created (%): the task list searches words without a trigram index', SQLERRM;
    END;
    SELECT n.nspname INTO trgm_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
        WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX plan_item_search_trgm_idx ON plan_item USING gin (search_key %I.gin_trgm_ops)',
                       trgm_schema);
    END IF;
END
$$;

-- Why: V0058 filled the new columns of existing tasks; without statistics on them the planner would
-- take every deadline branch for tiny until the next automatic analyze.
ANALYZE plan_item;
