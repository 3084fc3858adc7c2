#!/usr/bin/env bash
# Fault: kill -9 during a large data-value import on PostgreSQL, then restart (issue 13, section 5).
#
#  1. fresh database mandate_proof_run; one node (demo data) on PORT; the generated nation's units
#     and 50 indicators imported through the API (bench/GenerateNation.java, GenerateValues.java),
#  2. row counts (data_value, audit_entry) and the audit chain verdict (GET /api/v1/audit/verify),
#  3. POST /api/v1/data-values/import of ROWS values; as soon as the node's PostgreSQL connection
#     is seen writing (COPY or INSERT), waits KILL_AFTER seconds and kill -9s the JVM,
#  4. counts again (nothing of the import may be stored: all or nothing), restarts the node on the
#     same database, verifies the audit chain, and imports the same file again to completion.
#
# Usage: bench/fault-kill-import.sh              (ROWS=300000 KILL_AFTER=1 PORT=8091)
#        SKIP_BUILD=1 bench/fault-kill-import.sh
# Output: stdout, plus target/bench/fault-kill-import/{node-1.log,node-2.log,result.txt}.
set -euo pipefail
source "$(dirname "$0")/fault-common.sh"

ROWS="${ROWS:-300000}"
KILL_AFTER="${KILL_AFTER:-1}"
PORT="${PORT:-8091}"
SEED="${SEED:-2025}"
OUT=target/bench/fault-kill-import
NATION=target/bench/nation
VALUES=target/bench/values-$ROWS
mkdir -p "$OUT" "$NATION" "$VALUES"
BASE="http://127.0.0.1:$PORT"

JAR=$(jar)
[[ -f "$NATION/org_units.csv" ]] || "$JAVA" bench/GenerateNation.java "$NATION" "$SEED" >&2
[[ -f "$VALUES/data_values.csv" ]] || "$JAVA" bench/GenerateValues.java "$NATION" "$VALUES" "$ROWS" 50 "$SEED" >&2
fresh_database
DATA_DIR=target/bench/fault-kill-import/data
rm -rf "$DATA_DIR"

start_node "$PORT" "$OUT/node-1.log"
wait_ready "$PORT" "$OUT/node-1.log"
for what in "/api/v1/org-units/import $NATION/org_units.csv" "/api/v1/indicators/import $VALUES/indicators.csv"; do
    set -- $what
    code=$(curl -sS -u admin:demo -H 'Content-Type: text/csv' --data-binary "@$2" -o /dev/null -w '%{http_code}' \
        --max-time 600 "$BASE$1")
    [[ "$code" == 200 ]] || { echo "import $1 failed: HTTP $code" >&2; exit 1; }
done
TOKEN=$(token "$PORT")

counts() {
    psql_db -At -F ' ' -c "SELECT (SELECT count(*) FROM data_value), (SELECT count(*) FROM audit_entry),
        (SELECT count(*) FROM data_value WHERE indicator_id IN (SELECT id FROM indicator WHERE code LIKE 'BENCH\_%'))"
}
verify() { curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/audit/verify"; }
writing() { # the node's connections writing data_value right now
    psql_pg -d postgres -At -c "SELECT count(*) FROM pg_stat_activity WHERE datname = '$DB'
        AND state = 'active' AND query ~* '(copy|insert into) *(data_value|tmp|stag)'"
}

read -r VALUES_BEFORE AUDIT_BEFORE BENCH_BEFORE < <(counts)
VERIFY_BEFORE=$(verify)
echo "before: data_value=$VALUES_BEFORE audit_entry=$AUDIT_BEFORE bench values=$BENCH_BEFORE verify=$VERIFY_BEFORE" >&2

LINES=$(( $(wc -l <"$VALUES/data_values.csv") - 1 ))
echo "importing $LINES values, kill -9 once the node writes..." >&2
curl -sS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary "@$VALUES/data_values.csv" \
    -o "$OUT/import-killed.json" -w '%{http_code}\n' --max-time 600 "$BASE/api/v1/data-values/import" \
    >"$OUT/import-killed.code" 2>&1 &
CURL=$!
T0=$(date +%s.%N)
SEEN=""
for _ in $(seq 1 1200); do
    if [[ "$(writing)" -gt 0 ]]; then SEEN=$(date +%s.%N); break; fi
    kill -0 "$CURL" 2>/dev/null || break
    sleep 0.05
done
[[ -n "$SEEN" ]] || { echo "never saw the import write (finished first?): $(cat "$OUT/import-killed.code")" >&2; exit 1; }
sleep "$KILL_AFTER"
STILL_WRITING=$(writing)
kill -KILL "${NODE_PID[$PORT]}"
KILLED=$(date +%s.%N)
wait "${NODE_PID[$PORT]}" 2>/dev/null || true
unset "NODE_PID[$PORT]"
wait "$CURL" 2>/dev/null || true
echo "killed $(awk -v a="$T0" -v b="$KILLED" 'BEGIN {printf "%.1f", b - a}') s after the upload began ($STILL_WRITING connection(s) writing); client saw: $(cat "$OUT/import-killed.code" | tr '\n' ' ')" >&2
sleep 2  # PostgreSQL notices the dropped connection and rolls its transaction back
read -r VALUES_KILLED AUDIT_KILLED BENCH_KILLED < <(counts)
echo "after kill -9: data_value=$VALUES_KILLED audit_entry=$AUDIT_KILLED bench values=$BENCH_KILLED" >&2

echo "restarting..." >&2
R0=$(date +%s.%N)
start_node "$PORT" "$OUT/node-2.log"
wait_ready "$PORT" "$OUT/node-2.log"
RESTART_S=$(awk -v a="$R0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
VERIFY_AFTER=$(verify)
read -r VALUES_RESTART AUDIT_RESTART BENCH_RESTART < <(counts)
echo "after restart ($RESTART_S s): data_value=$VALUES_RESTART audit_entry=$AUDIT_RESTART verify=$VERIFY_AFTER" >&2

echo "importing the same file again to completion..." >&2
AGAIN=$(curl -sS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary "@$VALUES/data_values.csv" \
    -o "$OUT/import-again.json" -w '%{http_code} %{time_total}' --max-time 900 "$BASE/api/v1/data-values/import")
read -r VALUES_DONE AUDIT_DONE BENCH_DONE < <(counts)
VERIFY_DONE=$(verify)
echo "after the second import (HTTP $AGAIN): bench values=$BENCH_DONE audit_entry=$AUDIT_DONE verify=$VERIFY_DONE" >&2

ok=yes
[[ "$VALUES_KILLED" == "$VALUES_BEFORE" && "$BENCH_KILLED" == "$BENCH_BEFORE" ]] || ok=no
[[ "$AUDIT_KILLED" == "$AUDIT_BEFORE" ]] || ok=no
grep -q '"ok" *: *true' <<<"$VERIFY_AFTER" || ok=no
grep -q '"ok" *: *true' <<<"$VERIFY_DONE" || ok=no
[[ "$BENCH_DONE" == "$LINES" ]] || ok=no
{
    echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  machine: $(nproc) cores  load: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "file: $LINES values; killed ${KILL_AFTER}s after the node began writing ($STILL_WRITING writing at the kill)"
    echo "| | data_value | BENCH values | audit_entry | audit chain |"
    echo "|---|--:|--:|--:|---|"
    echo "| before | $VALUES_BEFORE | $BENCH_BEFORE | $AUDIT_BEFORE | $VERIFY_BEFORE |"
    echo "| after kill -9 | $VALUES_KILLED | $BENCH_KILLED | $AUDIT_KILLED | (node down) |"
    echo "| after restart (${RESTART_S} s) | $VALUES_RESTART | $BENCH_RESTART | $AUDIT_RESTART | $VERIFY_AFTER |"
    echo "| after importing again (HTTP ${AGAIN% *}, ${AGAIN#* } s) | $VALUES_DONE | $BENCH_DONE | $AUDIT_DONE | $VERIFY_DONE |"
    echo "all or nothing, chain intact: $ok"
} | tee "$OUT/result.txt"
[[ "$ok" == yes ]]
