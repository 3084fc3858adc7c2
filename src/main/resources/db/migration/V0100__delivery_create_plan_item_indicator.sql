-- Why: a task and the indicators it serves were two ';'-joined text columns, plan_item.indicator_codes
-- and indicator.plan_item_codes, kept apart by two modules and never in step. One relation, owned by
-- delivery (indicator depends on delivery, not the reverse): a row per link, by codes, so that the
-- catalogue may name a plan item loaded later, as the text column allowed. V0101 moves the old lists'
-- data (both sides, merged), V0102 and V0103 drop the old columns.
CREATE TABLE plan_item_indicator (
    plan_item_code VARCHAR(64) NOT NULL,
    indicator_code VARCHAR(64) NOT NULL,
    CONSTRAINT plan_item_indicator_pk PRIMARY KEY (plan_item_code, indicator_code)
);
CREATE INDEX plan_item_indicator_by_indicator_idx ON plan_item_indicator (indicator_code, plan_item_code);
