#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) of the delivery module's key SQL on a loaded bench database
# (bench/delivery.sh calls it at the end). The statements are those of TaskQueries; unit lists are
# a subtree by path plus the units mapped into it by reorganisations (as Organization.lineageCodes).
# Usage: [ONLY="task list"] bench/delivery-explain.sh [DB]
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${1:-mandate_bench_delivery}"
psql_db() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

AS_OF="CAST(:'asof' AS DATE)"
# TaskQueries.EFFECTIVE_DUE: the latest extension approved by D, one primary-key probe per task.
EFFECTIVE_DUE="COALESCE((SELECT e.new_due_date FROM task_extension e WHERE e.plan_item_id = t.id
  AND e.decision = 'APPROVED' AND e.decided_on <= $AS_OF ORDER BY e.decided_on DESC, e.seq DESC
  FETCH FIRST 1 ROWS ONLY), t.due_date)"
STATUS="CASE WHEN x.completed_on IS NOT NULL AND x.completed_on <= $AS_OF
  THEN CASE WHEN x.completed_on <= x.effective_due THEN 'COMPLETED_ON_TIME' ELSE 'COMPLETED_LATE' END
  WHEN $AS_OF <= x.effective_due THEN 'IN_PROGRESS' ELSE 'OVERDUE' END"

lineage() { # lineage CODE → quoted, comma-separated codes
    psql_db -At -c "WITH RECURSIVE l(id) AS (
        SELECT d.id FROM org_unit r JOIN org_unit d ON d.path LIKE r.path || '%' WHERE r.code = '$1'
        UNION SELECT x.id FROM l JOIN reorganisation_mapping m ON m.to_unit_id = l.id
          JOIN org_unit u ON u.id = m.from_unit_id JOIN org_unit x ON x.path LIKE u.path || '%')
      SELECT string_agg(quote_literal(u.code), ',') FROM l JOIN org_unit u ON u.id = l.id"
}

stats() { # stats UNIT_CLAUSE
    echo "SELECT s.lead_unit_code,
  SUM(CASE WHEN s.status = 'COMPLETED_ON_TIME' THEN 1 ELSE 0 END), SUM(CASE WHEN s.status = 'COMPLETED_LATE' THEN 1 ELSE 0 END),
  SUM(CASE WHEN s.status = 'IN_PROGRESS' THEN 1 ELSE 0 END), SUM(CASE WHEN s.status = 'OVERDUE' THEN 1 ELSE 0 END)
  FROM (SELECT x.lead_unit_code, $STATUS AS status FROM (SELECT t.lead_unit_code, t.completed_on,
  $EFFECTIVE_DUE AS effective_due FROM plan_item t
  WHERE t.kind = 'TASK' AND NOT EXISTS (SELECT 1 FROM plan_item c WHERE c.parent_id = t.id) $1) x) s
  GROUP BY s.lead_unit_code ORDER BY s.lead_unit_code"
}

tally() { # tally UNIT_CLAUSE: TaskTally.countsByLeadUnit (years before D's year, months before D's month, days to D)
    local cols="SELECT unit_code, on_time, late, in_progress, overdue FROM task_tally WHERE $1"
    echo "SELECT unit_code, SUM(on_time), SUM(late), SUM(in_progress), SUM(overdue) FROM (
  $cols grain = 'Y' AND bucket = DATE '1900-01-01' AND tally_day < date_trunc('year', $AS_OF)::date UNION ALL
  $cols grain = 'M' AND bucket = date_trunc('year', $AS_OF)::date AND tally_day < date_trunc('month', $AS_OF)::date UNION ALL
  $cols grain = 'D' AND bucket = date_trunc('month', $AS_OF)::date AND tally_day <= $AS_OF) r
  GROUP BY unit_code HAVING SUM(on_time) + SUM(late) + SUM(in_progress) + SUM(overdue) > 0"
}

# TaskQueries.list: its statements exactly as the application builds them (bench/TaskListSql.java
# reads TaskListStatements from target/classes, so build first); :asOf, :leadUnits and :w0.. are
# psql variables.
list_sql() { # list_sql page|count TASKS WORDS STATUS|- [DUE_SOON_LIMIT]
    "${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" -cp target/classes bench/TaskListSql.java "$@"
}

explain() { # explain TITLE AS_OF SQL (only titles containing $ONLY when it is set)
    [[ -z "${ONLY:-}" || "$1" == *"$ONLY"* ]] || return 0
    echo
    echo "### $1 (as of $2)"
    # the application runs the tally's and the list's statements without parallel workers and JIT
    local par=2 jit=on
    [[ "$1" == *tally* || "$1" == "task list"* ]] && { par=0; jit=off; }
    psql_db -v asof="$2" -v asOf="'$2'" -v leadUnits="${LEAD_UNITS:-''}" -v w0="'%chuyen%'" -v w1="'%doi%'" \
        -v w2="'%so%'" <<SQL
SET max_parallel_workers_per_gather = ${PARALLEL:-$par};
SET jit = $jit;
\\o /dev/null
$3;
\\o
EXPLAIN (ANALYZE, BUFFERS) $3;
SQL
}

echo "PostgreSQL: $(psql_db -At -c 'SELECT version()')"
echo "shared_buffers=$(psql_db -At -c 'SHOW shared_buffers') work_mem=$(psql_db -At -c 'SHOW work_mem') load $(cut -d' ' -f1-3 /proc/loadavg)"
PROVINCE=$(lineage PHUTHO)
COMMUNE_CODE=$(psql_db -At -c "SELECT code FROM org_unit WHERE type = 'COMMUNE' AND code LIKE 'PHUTHO.%' ORDER BY code LIMIT 1")
COMMUNE=$(lineage "$COMMUNE_CODE")
echo "PHUTHO lineage: $(echo "$PROVINCE" | tr ',' '\n' | wc -l) codes; $COMMUNE_CODE lineage: $(echo "$COMMUNE" | tr ',' '\n' | wc -l) codes"
explain "statistics, whole nation" 2024-06-30 "$(stats "")"
explain "statistics, whole nation" 2026-11-20 "$(stats "")"
explain "statistics, province PHUTHO with its predecessors" 2024-06-30 "$(stats "AND t.lead_unit_code IN ($PROVINCE)")"
explain "statistics, province PHUTHO with its predecessors" 2026-11-20 "$(stats "AND t.lead_unit_code IN ($PROVINCE)")"
explain "statistics, commune $COMMUNE_CODE" 2026-11-20 "$(stats "AND t.lead_unit_code IN ($COMMUNE)")"
explain "statistics from the tally, whole nation" 2024-06-30 "$(tally "")"
explain "statistics from the tally, whole nation" 2026-11-20 "$(tally "")"
explain "statistics from the tally, province PHUTHO with its predecessors" 2024-06-30 "$(tally "unit_code IN ($PROVINCE) AND")"
explain "statistics from the tally, province PHUTHO with its predecessors" 2026-11-20 "$(tally "unit_code IN ($PROVINCE) AND")"
explain "statistics from the tally, commune $COMMUNE_CODE" 2026-11-20 "$(tally "unit_code IN ($COMMUNE) AND")"
LEAD=" AND t.lead_unit_code IN (:leadUnits)"
WORDS=" AND \$.search_key LIKE :w0 AND \$.search_key LIKE :w1 AND \$.search_key LIKE :w2"
SOON="CAST(:asOf AS DATE) + 7"
for d in 2026-11-20 2023-06-30; do
    for what in page count; do
        LEAD_UNITS="$PROVINCE" explain "task list $what, lead unit PHUTHO with lineage" $d "$(list_sql $what "$LEAD" "" -)"
        LEAD_UNITS="$PROVINCE" explain "task list $what, words 'chuyen doi so', lead unit PHUTHO with lineage" $d \
            "$(list_sql $what "$LEAD" "$WORDS" -)"
        LEAD_UNITS="$COMMUNE" explain "task list $what, status OVERDUE, commune $COMMUNE_CODE" $d \
            "$(list_sql $what "$LEAD" "" OVERDUE)"
        explain "task list $what, status OVERDUE, whole nation" $d "$(list_sql $what "" "" OVERDUE)"
        explain "task list $what, words 'chuyen doi so', whole nation" $d "$(list_sql $what "" "$WORDS" -)"
        explain "task list $what, due soon, whole nation" $d "$(list_sql $what "" "" - "$SOON")"
    done
done
explain "reminders, one keyset page of 2,000 open tasks" 2026-11-20 "SELECT t.id, t.code, t.title, t.lead_unit_code,
  t.responsible_person_id, $EFFECTIVE_DUE AS effective_due FROM plan_item t
  LEFT JOIN plan_item p ON p.id = t.parent_id WHERE t.kind = 'TASK' AND t.id > 10500000
  AND (t.completed_on IS NULL OR t.completed_on > $AS_OF) ORDER BY t.id LIMIT 2000"
explain "awaiting decision, whole nation" 2026-11-20 "SELECT t.code, t.title FROM plan_item t WHERE t.id IN
  (SELECT c.plan_item_id FROM task_completion c WHERE c.decision = 'SUBMITTED' UNION SELECT e.plan_item_id
  FROM task_extension e WHERE e.decision = 'REQUESTED') ORDER BY t.code"

