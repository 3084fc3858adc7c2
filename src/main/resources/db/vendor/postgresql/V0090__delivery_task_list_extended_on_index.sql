-- Why: the task list's branch of tasks whose deadline is their latest approved extension
-- ("last_extended_on <= day", TaskListStatements) walked plan_item_list_extended_idx in deadline
-- order and dropped every task extended after the day asked. For a day early in the term few tasks
-- had been extended yet, so a nation-wide page with words walked 128,000 index entries to keep 457,
-- twice (the page's window and its "enough" check): 26 of a page's 41 ms. With the extended tasks
-- also ordered by the day of their last extension, PostgreSQL reads just those extended by the day
-- and sorts them when they are few (13.7 ms for that page), and still walks in deadline order when
-- most are. The columns the branch reads are included, so both stay index-only.
CREATE INDEX plan_item_list_extended_on_idx ON plan_item (last_extended_on)
    INCLUDE (id, extended_due, code, completed_on, first_extended_on)
    WHERE kind = 'TASK' AND last_extended_on IS NOT NULL;
