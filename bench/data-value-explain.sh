#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) of the statements that read data_value other than the lineage statement
# (that one: bench/indicator-explain.sh), as the application sends them (bind parameters), with
# custom and generic plans: a value by its key, the search of DataValues (approvals queue, a unit's
# submit and approve-all, a unit's grid, an indicator of a unit), a unit's history and the values of
# a period (data-entry warnings), whether an indicator is used, and a unit's latest period end.
# Usage: bench/data-value-explain.sh [DATABASE]   (default mandate_bench_indicator; run as root)
set -euo pipefail
DB="${1:-mandate_bench_indicator}"
psql_db() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }
IND=$(psql_db -At -c "SELECT id FROM indicator WHERE code = 'BI05'")
COMMUNE=$(psql_db -At -c "SELECT unit_code FROM data_value WHERE indicator_id = $IND AND unit_code LIKE 'PHUTHO.%'
  ORDER BY unit_code LIMIT 1")
PARTS=$(psql_db -At -c "SELECT string_agg(quote_literal(code), ',') FROM (SELECT code FROM org_unit
  WHERE code LIKE 'PHUTHO.%' ORDER BY code LIMIT 20) c")
echo "PostgreSQL: $(psql_db -At -c 'SELECT version()')"
echo "data_value: $(psql_db -At -c "SELECT count(*) || ' rows, ' || pg_size_pretty(pg_total_relation_size('data_value'))
  FROM data_value"); indicator BI05 = $IND; commune $COMMUNE"
psql_db -At -c "SELECT indexname || ' ' || pg_size_pretty(pg_relation_size(quote_ident(indexname)::regclass)) || ': '
  || indexdef FROM pg_indexes WHERE tablename = 'data_value' ORDER BY indexname"
explain() { # explain TITLE TYPES SQL ARGS
    for mode in force_custom_plan force_generic_plan; do
        echo
        echo "### $1, plan_cache_mode=$mode"
        psql_db <<SQL
SET plan_cache_mode = $mode;
PREPARE q($2) AS $3;
\\o /dev/null
EXECUTE q($4);
\\o
EXPLAIN (ANALYZE, BUFFERS) EXECUTE q($4);
SQL
    done
}
SELECT="SELECT i.code, v.unit_code, v.period, v.amount, v.comment, v.state, v.entered_by, v.entered_at, v.decided_by,
  v.reopen_reason FROM data_value v JOIN indicator i ON i.id = v.indicator_id"
SEARCH="$SELECT WHERE (CAST(\$1 AS VARCHAR(64)) IS NULL OR i.code = \$1) AND (\$2 OR v.unit_code IN (\$3))
  AND (CAST(\$4 AS VARCHAR(8)) IS NULL OR v.period = \$4) AND (CAST(\$5 AS VARCHAR(10)) IS NULL OR v.state = \$5)
  ORDER BY i.id, v.unit_code, v.period_start, v.period_end LIMIT \$6"
ST="varchar, boolean, varchar, varchar, varchar, int"

explain "find: one value by indicator, unit, period" "bigint, varchar, varchar" \
    "$SELECT WHERE v.indicator_id = \$1 AND v.unit_code = \$2 AND v.period = \$3" "$IND, '$COMMUNE', '2026-03'"
explain "search: approvals queue (SUBMITTED, first 1000)" "$ST" "$SEARCH" "NULL, true, '', NULL, 'SUBMITTED', 1000"
explain "search: a unit's drafts of a period (submit)" "$ST" "$SEARCH" "NULL, false, '$COMMUNE', '2026-03', 'DRAFT', 10000"
explain "search: a unit's submitted values of a period (approve all)" "$ST" "$SEARCH" \
    "NULL, false, '$COMMUNE', '2026-03', 'SUBMITTED', 10000"
explain "search: a unit's values of a period (grid, export)" "$ST" "$SEARCH" "NULL, false, '$COMMUNE', '2026-03', NULL, 100000"
explain "search: an indicator of a unit, every period (API)" "$ST" "$SEARCH" "'BI05', false, '$COMMUNE', NULL, NULL, 100000"
explain "history: the unit's values of the period type (outlier check)" "bigint, varchar, varchar, varchar" \
    "SELECT amount FROM data_value WHERE indicator_id = \$1 AND unit_code = \$2 AND period_type = \$3 AND period <> \$4
     ORDER BY period_start DESC LIMIT 60" "$IND, '$COMMUNE', 'MONTH', '2026-03'"
N=$(tr ',' '\n' <<<"$PARTS" | wc -l)
explain "inPeriod: 20 sub-units' values of a period (parts check)" \
    "bigint$(printf ', varchar%.0s' $(seq 1 "$N")), varchar" \
    "SELECT unit_code, amount FROM data_value WHERE indicator_id = \$1 AND unit_code IN ($(seq 2 $((N + 1)) | sed 's/^/$/' | paste -sd,))
     AND period = \$$((N + 2))" "$IND, $PARTS, '2026-03'"
explain "isUsed: any value of the indicator" "bigint" \
    "SELECT (SELECT COUNT(*) FROM indicator_target WHERE indicator_id = \$1) + (SELECT COUNT(*) FROM data_value WHERE indicator_id = \$1)" "$IND"
for unit in "$COMMUNE" PHUTHO; do
    explain "latestDataEnd of $unit, through the indicators (board's default date)" "varchar, int" \
        "SELECT MAX(v.period_end) FROM indicator i JOIN data_value v ON v.indicator_id = i.id WHERE v.unit_code = \$1
         AND v.period_year <= \$2" "'$unit', 2026"
    explain "latestDataEnd of $unit, by unit alone (statement before V0087)" "varchar, int" \
        "SELECT MAX(period_end) FROM data_value WHERE unit_code = \$1 AND period_year <= \$2" "'$unit', 2026"
done
