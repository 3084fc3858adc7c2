-- Why: progress reports are monthly by default, but a province may ask a unit to report quarterly
-- (or half-yearly, yearly). A row here is such a request for one unit: the period its tasks are
-- reported by, who asked and when; units without a row report by the configured default
-- (mandate.delivery.reporting-period). Missing reports, the reminder job and the progress form all
-- read the lead unit's period from here. The version makes concurrent changes fail instead of
-- overwriting each other.
CREATE TABLE reporting_schedule (
    unit_code   VARCHAR(64)  NOT NULL PRIMARY KEY,
    period_type VARCHAR(16)  NOT NULL,
    set_by      VARCHAR(100) NOT NULL,
    set_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT reporting_schedule_period_type_ck CHECK (period_type IN ('MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'))
);
