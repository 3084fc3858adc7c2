-- Why: a unit's actual values rolled up through the org tree and its reorganisations (Actuals) are
-- kept in memory per indicator, unit and year, and reused only while nothing they were computed from
-- has changed. A write of a data value bumps the generation of its indicator and year; a change of
-- the org structure or of the catalogue bumps the global one (indicator_code '*', period_year 0).
-- Kept in the database so that every instance sees every other instance's writes.
CREATE TABLE indicator_generation (
    indicator_code VARCHAR(64) NOT NULL,
    period_year    INT         NOT NULL,
    generation     BIGINT      NOT NULL,
    CONSTRAINT indicator_generation_pk PRIMARY KEY (indicator_code, period_year)
);
