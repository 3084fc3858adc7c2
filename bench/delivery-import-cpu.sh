#!/usr/bin/env bash
# The 100,000-row task import of bench/delivery.sh, with the CPU time it costs: the application's
# threads (by name) and the PostgreSQL backends of its database, read from /proc before and after
# the request. On a machine shared with other work the wall time follows the load; the CPU seconds
# much less, so they compare two versions measured at different loads.
#
# Usage: DB=mandate_bench_x bench/delivery-import-cpu.sh [runs]     (jar: target/mandate-*.jar,
#        file: target/bench/programme/tasks-import.csv as written by bench/delivery.sh)
#        NO_TALLY=1 ...   marks the task tally not ready first, so the import pays nothing for it
#                         (the tally is then rebuilt at the next start)
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${DB:?set DB to a loaded copy of mandate_bench_delivery}"
RUNS="${1:-1}"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR="$(ls target/mandate-*.jar | grep -v -- '-plain' | head -1)"
FILE=target/bench/programme/tasks-import.csv
OUT=target/bench/delivery
mkdir -p "$OUT"
psql_db() { runuser -u postgres -- psql -X -q -At -d "$DB" "$@"; }
PORT=$((20000 + RANDOM % 20000))
SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
SPRING_DATASOURCE_USERNAME=mandate SPRING_DATASOURCE_PASSWORD=mandate MANDATE_DEMO_ENABLED=true \
    "$JAVA" ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 \
    --spring.flyway.out-of-order=true >"$OUT/app-import-cpu.log" 2>&1 &
APP=$!
trap 'kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null' EXIT
for _ in $(seq 1 1200); do
    curl -fsS --max-time 2 "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP && break
    kill -0 "$APP" 2>/dev/null || { tail -40 "$OUT/app-import-cpu.log" >&2; exit 1; }
    sleep 0.5
done
if [[ "${NO_TALLY:-0}" == 1 ]]; then
    psql_db -c "UPDATE task_tally_state SET ready = FALSE"
else
    # a tally found not ready at start is rebuilt in the background: wait for it
    for _ in $(seq 1 600); do [[ "$(psql_db -c "SELECT ready FROM task_tally_state")" == t ]] && break; sleep 1; done
fi
ticks() { awk '{print $14 + $15}' "$1" 2>/dev/null || echo 0; }
threads() { for t in /proc/"$APP"/task/*; do echo "$(tr ' ' _ <"$t/comm") $(ticks "$t/stat")"; done |
    awk '{a[$1] += $2} END {for (k in a) print k, a[k]}' | sort; }
backends() { local sum=0 p; for p in $(psql_db -c "SELECT pid FROM pg_stat_activity WHERE datname = '$DB' AND pid <> pg_backend_pid()"); do
    sum=$((sum + $(ticks "/proc/$p/stat"))); done; echo "$sum"; }
post() { curl -sS -u admin:demo -H 'Content-Type: text/csv' --data-binary "@$FILE" -o "$OUT/import-cpu.json" \
    -w '%{http_code} %{time_total}' --max-time 3600 "http://127.0.0.1:$PORT/api/v1/plan-items/import$1"; }
for run in $(seq 1 "$RUNS"); do
    psql_db <<'SQL'
DELETE FROM plan_item WHERE code LIKE 'IMP%' AND parent_id IN (SELECT id FROM plan_item WHERE code LIKE 'IMP%' AND kind = 'TASK');
DELETE FROM plan_item WHERE code LIKE 'IMP%' AND kind = 'TASK';
DELETE FROM plan_item WHERE code LIKE 'IMP%';
CHECKPOINT;
SQL
    dry=$(post "?dryRun=true")
    threads >"$OUT/threads-before.txt"; pg0=$(backends); load0=$(cut -d' ' -f1 /proc/loadavg)
    result=$(post "")
    pg1=$(backends); threads >"$OUT/threads-after.txt"
    app=$(join -a2 "$OUT/threads-before.txt" "$OUT/threads-after.txt" |
        awk '{d = (NF == 3 ? $3 - $2 : $2); if (d >= 50) printf "%s %.1f s, ", $1, d / 100}')
    echo "import run $run $(date -u +%FT%TZ)${NO_TALLY:+ (no tally)}: dry run HTTP ${dry% *} ${dry#* } s; import HTTP ${result% *} ${result#* } s," \
        "load $load0..$(cut -d' ' -f1 /proc/loadavg); CPU: PostgreSQL backends $(( (pg1 - pg0) / 100 )).$(( (pg1 - pg0) % 100 / 10 )) s;" \
        "application ${app%, }; $(head -c 100 "$OUT/import-cpu.json")" | tee -a "$OUT/import-cpu.txt"
done
