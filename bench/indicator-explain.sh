#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) of the statement that reads an indicator's values in a lineage
# (DataValues.countedInSubtrees), with custom and generic plans, for a merged province (its own
# subtree and its three predecessors' ones) and for the nation (every top-level unit), and of the
# statement it replaced (an IN list of the lineage's unit codes and a period_year range).
# Usage: bench/indicator-explain.sh [DATABASE]   (default mandate_bench_indicator; run as root)
set -euo pipefail
DB="${1:-mandate_bench_indicator}"
psql_db() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }
IND=$(psql_db -At -c "SELECT id FROM indicator WHERE code = 'BI05'")
SELECT="SELECT i.code, v.unit_code, v.period, v.amount, v.comment, v.state, v.entered_by, v.entered_at, v.decided_by,
  v.reopen_reason FROM data_value v JOIN indicator i ON i.id = v.indicator_id JOIN org_unit u ON u.code = v.unit_code
  WHERE v.indicator_id = \$1 AND v.period_start BETWEEN \$2 AND \$3 AND v.state <> 'DRAFT'"
echo "PostgreSQL: $(psql_db -At -c 'SELECT version()')"
echo "shared_buffers=$(psql_db -At -c 'SHOW shared_buffers') work_mem=$(psql_db -At -c 'SHOW work_mem')"
explain() { # explain TITLE FROM_YEAR TO_YEAR ROOT_PATH... : the statement for the subtrees of the paths
    local title="$1" from="$2" to="$3" n=0 cond="" params="" types="bigint, date, date" p
    shift 3
    for p in "$@"; do
        cond+="${cond:+ OR }(u.path >= \$$((4 + 2 * n)) AND u.path < \$$((5 + 2 * n)))"
        params+=", '$p', '${p%/}0'"
        types+=", text, text"
        n=$((n + 1))
    done
    for mode in force_custom_plan force_generic_plan; do
        echo
        echo "### $title: $n subtree(s), BI05, $from..$to, plan_cache_mode=$mode"
        psql_db <<SQL
SET plan_cache_mode = $mode;
PREPARE q($types) AS $SELECT AND ($cond) ORDER BY v.period_start, v.period_end;
\\o /dev/null
EXECUTE q($IND, '$from-01-01', '$to-12-31'$params);
\\o
EXPLAIN (ANALYZE, BUFFERS) EXECUTE q($IND, '$from-01-01', '$to-12-31'$params);
SQL
    done
}
path() { psql_db -At -c "SELECT path FROM org_unit WHERE code = '$1'"; }
explain "PHUTHO and its predecessors" 2016 2026 "$(path PHUTHO)" "$(path PHUTHO1997)" "$(path VINHPHUC1997)" "$(path HOABINH1997)"
mapfile -t TOP < <(psql_db -At -c "SELECT path FROM org_unit WHERE parent_id IS NULL ORDER BY path")
explain "the nation (every top-level unit)" 2024 2024 "${TOP[@]}"

# The statement before: the lineage's codes as an IN list and a period_year range.
CODES=$(psql_db -At -c "SELECT string_agg(quote_literal(code), ',') FROM org_unit u WHERE
  (u.path >= '$(path PHUTHO)' AND u.path < '$(path PHUTHO | sed 's,/$,0,')')
  OR u.code LIKE 'PHUTHO1997%' OR u.code LIKE 'VINHPHUC1997%' OR u.code LIKE 'HOABINH1997%'")
N=$(tr ',' '\n' <<<"$CODES" | wc -l)
PARAMS=$(seq 2 $((N + 1)) | sed 's/^/$/' | paste -sd,)
TYPES="bigint$(printf ', text%.0s' $(seq 1 "$N")), int, int"
for mode in force_custom_plan force_generic_plan; do
    echo
    echo "### before: PHUTHO's lineage as an IN list of $N codes, period_year BETWEEN, plan_cache_mode=$mode"
    psql_db <<SQL | grep -v 'Filter: ((unit_code\|Index Cond: ((indicator_id = .*ANY'
SET plan_cache_mode = $mode;
PREPARE q($TYPES) AS SELECT i.code, v.unit_code, v.period, v.amount FROM data_value v
  JOIN indicator i ON i.id = v.indicator_id WHERE v.indicator_id = \$1 AND v.unit_code IN ($PARAMS)
  AND v.period_year BETWEEN \$$((N + 2)) AND \$$((N + 3)) AND v.state <> 'DRAFT' ORDER BY v.period_start, v.period_end;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE q($IND, $CODES, 2016, 2026);
SQL
done
