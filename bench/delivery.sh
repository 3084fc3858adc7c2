#!/usr/bin/env bash
# Delivery at national scale on PostgreSQL (issue 3, section 7).
#
#  1. builds the jar (SKIP_BUILD=1 reuses target/mandate-*.jar), generates the nation
#     (bench/GenerateNation.java) and the programme (bench/GenerateProgramme.java),
#  2. creates a fresh database mandate_bench_delivery, starts the application on it (profile
#     postgres, demo data on), imports units and reorganisations through the API, bulk-loads people,
#     ~3,000 national accounts and the programme (1,000,000 tasks, ~3,000,000 products, ~2,000,000
#     progress reports) with COPY; SKIP_LOAD=1 keeps the loaded database and only restarts the
#     application (new migrations then run on the full data),
#  3. loads with wrk + bench/requests.lua (token auth): GET /api/v1/tasks/stats for the whole nation,
#     provinces, communes and a mix, random dates; the task list page /tasks with filters (session
#     cookie, 50 rows),
#  4. times POST /api/v1/plan-items/import of a 100,000-row file,
#  5. restarts the application with the reminder job due every minute and takes the wall time of
#     its first run from notification_run,
#  6. runs the statistics and list SQL with EXPLAIN (ANALYZE, BUFFERS).
#
# Usage: bench/delivery.sh            (DURATION=30s THREADS=2 CONNECTIONS=4 TASKS=1000000 IMPORT_ROWS=100000)
#        SKIP_BUILD=1 SKIP_LOAD=1 DURATION=20s bench/delivery.sh
#        DB=mandate_bench_copy SKIP_BUILD=1 SKIP_LOAD=1 PHASES="wrk explain" RUNS="tasks-page-unit tasks-page-nation" \
#          EXPLAIN_ONLY="task list" WARMUP=20s bench/delivery.sh
#          (another database, only some wrk runs and EXPLAINs, a longer warm-up than the 5 s default)
# Output: target/bench/delivery/ (wrk-*.txt, import.txt, reminders.txt, explain.txt, sizes.txt, app*.log).
set -euo pipefail

cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
SEED="${SEED:-2025}"
DURATION="${DURATION:-30s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-4}"
TASKS="${TASKS:-1000000}"
IMPORT_ROWS="${IMPORT_ROWS:-100000}"
DB="${DB:-mandate_bench_delivery}"
JAVA_OPTS="${JAVA_OPTS:-}"
TODAY="$(date -u +%F)"
OUT=target/bench/delivery
DATA=target/bench/nation
PROG=target/bench/programme
mkdir -p "$OUT" "$DATA" "$PROG"
APP_PID=""
ADMIN=admin:demo

stop_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        echo "stopping the application (pid $APP_PID)" >&2
        kill -TERM "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    APP_PID=""
}
trap stop_app EXIT INT TERM

psql_pg() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 "$@"; }
psql_db() { psql_pg -d "$DB" "$@"; }
note() { echo "$*" | tee -a "$OUT/summary.txt" >&2; }
# PHASES: any of wrk import reminders explain (all by default), e.g. PHASES="import" SKIP_LOAD=1.
want() { [[ " ${PHASES:-wrk import reminders explain} " == *" $1 "* ]]; }
# RUNS: which wrk runs of the wrk phase (all by default), e.g. RUNS="tasks-page-unit tasks-page-nation".
wanted_run() { [[ " ${RUNS:-stats-nation stats-provinces stats-communes stats-mixed tasks-page-unit tasks-page-nation} " == *" $1 "* ]]; }

if ! command -v wrk >/dev/null; then
    apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    echo "building the jar..." >&2
    ./mvnw -q -DskipTests package
fi
JAR="$(ls target/mandate-*.jar | grep -v -- '-plain' | head -1)"
[[ -f "$OUT/summary.txt" ]] && cat "$OUT/summary.txt" >>"$OUT/summary-all.txt"
: >"$OUT/summary.txt"
note "delivery bench $(date -u +%FT%TZ), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), commit $(git rev-parse --short HEAD), jar built $(date -u -r "$JAR" +%FT%TZ)"

start_app() { # start_app LOG [extra spring args...]
    local log="$1"; shift
    APP_LOG="$log"
    while :; do
        PORT=$((20000 + RANDOM % 20000))
        (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || break
    done
    BASE="http://127.0.0.1:$PORT"
    local started=$(date +%s)
    # shellcheck disable=SC2086
    SPRING_PROFILES_ACTIVE=postgres \
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
    SPRING_DATASOURCE_USERNAME=mandate SPRING_DATASOURCE_PASSWORD=mandate \
    MANDATE_DEMO_ENABLED=true \
        "$JAVA" $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --spring.flyway.out-of-order=true "$@" >"$log" 2>&1 &
    APP_PID=$!
    for i in $(seq 1 1800); do
        curl -fsS --max-time 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && break
        kill -0 "$APP_PID" 2>/dev/null || { echo "application died" >&2; tail -60 "$log" >&2; exit 1; }
        (( i == 1800 )) && { echo "application not ready after 900 s" >&2; exit 1; }
        sleep 0.5
    done
    note "application ready on $BASE in $(( $(date +%s) - started )) s (log $log)"
}

import() { # import NAME URL FILE
    local name="$1" url="$2" file="$3" code
    code=$(curl -sS -u "$ADMIN" -H 'Content-Type: text/csv' --data-binary "@$file" \
        -o "$OUT/import-$name.json" -w '%{http_code} %{time_total}' --max-time 3600 "$BASE$url")
    note "import $name ($(( $(wc -l <"$file") - 1 )) rows): HTTP ${code% *} in ${code#* } s: $(head -c 200 "$OUT/import-$name.json")"
}

if [[ "${SKIP_LOAD:-0}" != 1 ]]; then
    "$JAVA" bench/GenerateNation.java "$DATA" "$SEED" >&2
    psql_pg -d postgres <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mandate') THEN CREATE ROLE mandate LOGIN PASSWORD 'mandate'; END IF;
END \$\$;
DROP DATABASE IF EXISTS $DB WITH (FORCE);
CREATE DATABASE $DB OWNER mandate;
SQL
    start_app "$OUT/app-load.log"
    import units /api/v1/org-units/import "$DATA/org_units.csv"
    import reorganisations /api/v1/reorganisations/import "$DATA/reorganisations.csv"
    start=$(date +%s)
    psql_db -c "CREATE UNLOGGED TABLE bench_staging (person_code text, full_name text, date_of_birth date,
        unit_code text, title text, head_of_unit boolean, committees text, from_date date, to_date date)"
    psql_db -c "\\copy bench_staging FROM STDIN WITH (FORMAT csv, HEADER true)" <"$DATA/people.csv"
    psql_db <<'SQL'
INSERT INTO person (code, full_name, full_name_folded, date_of_birth, province_id)
SELECT DISTINCT ON (s.person_code) s.person_code, s.full_name,
       translate(lower(s.full_name),
                 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ',
                 'aaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy'),
       s.date_of_birth, u.province_id
FROM bench_staging s JOIN org_unit u ON u.code = s.unit_code ORDER BY s.person_code, s.from_date DESC;
INSERT INTO person_position (person_id, unit_id, title, head_of_unit, committees, valid_from, valid_to, province_id)
SELECT p.id, u.id, s.title, s.head_of_unit, coalesce(s.committees, ''), s.from_date, s.to_date, u.province_id
FROM bench_staging s JOIN person p ON p.code = s.person_code JOIN org_unit u ON u.code = s.unit_code
ORDER BY p.id, s.from_date;
DROP TABLE bench_staging;
-- One official's account (role OFFICIAL, scope the unit) for the head of every current department,
-- People's Committee and commune, so that reminders have recipients (password as admin's).
INSERT INTO account (username, password_hash, person_id, locale, password_changed_at, created_at)
SELECT 'qg.' || lower(u.code), (SELECT password_hash FROM account WHERE username = 'admin'), MIN(pp.person_id), 'vi',
       now(), now()
FROM org_unit u JOIN person_position pp ON pp.unit_id = u.id AND pp.head_of_unit AND pp.valid_to IS NULL
WHERE u.valid_to IS NULL AND u.type IN ('DEPARTMENT', 'PEOPLES_COMMITTEE', 'COMMUNE') GROUP BY u.code;
INSERT INTO account_role (account_id, role_name) SELECT id, 'OFFICIAL' FROM account WHERE username LIKE 'qg.%';
INSERT INTO account_scope (account_id, unit_code) SELECT a.id, u.code FROM account a
JOIN org_unit u ON 'qg.' || lower(u.code) = a.username;
SQL
    note "people and accounts: bulk load in $(( $(date +%s) - start )) s"

    psql_db -At -F '|' -c "SELECT code, type, valid_from, valid_to, province_id FROM org_unit ORDER BY id" >"$PROG/units.txt"
    read -r FIRST_PERSON LAST_PERSON < <(psql_db -At -F ' ' -c "SELECT min(id), max(id) FROM person WHERE code LIKE 'QG%'")
    start=$(date +%s)
    "$JAVA" -Xmx1g bench/GenerateProgramme.java "$PROG/units.txt" bulk "$PROG" "$TASKS" "$SEED" "$TODAY" \
        "$FIRST_PERSON" "$LAST_PERSON"
    note "programme generated in $(( $(date +%s) - start )) s: $(du -sh "$PROG" | cut -f1)"
    start=$(date +%s)
    for t in plan_item plan_item_coordinator task_extension task_completion product progress_report; do
        psql_db -c "\\copy $t FROM '$PROG/$t.csv' WITH (FORMAT csv)"
    done
    psql_db -o /dev/null <<'SQL'
SELECT setval(pg_get_serial_sequence('plan_item', 'id'), (SELECT max(id) FROM plan_item));
SELECT setval(pg_get_serial_sequence('product', 'id'), (SELECT max(id) FROM product));
SELECT setval(pg_get_serial_sequence('progress_report', 'id'), (SELECT max(id) FROM progress_report));
-- The rows came around the application: the status tally is rebuilt when it starts next.
UPDATE task_tally_state SET ready = FALSE;
SQL
    psql_db -c "VACUUM ANALYZE" >/dev/null
    note "programme COPY + VACUUM ANALYZE in $(( $(date +%s) - start )) s"
else
    start_app "$OUT/app-load.log"
fi
# The status tally (TaskTally): the application rebuilds it at start when rows came around it
# (the COPY above, or a database loaded before V0057); statistics count directly until it is ready.
if [[ "$(psql_db -At -c 'SELECT ready FROM task_tally_state')" != t ]]; then
    if [[ "${SKIP_LOAD:-0}" != 1 ]]; then stop_app; start_app "$OUT/app-load.log"; fi
    start=$(date +%s)
    until [[ "$(psql_db -At -c 'SELECT ready FROM task_tally_state')" == t ]]; do
        kill -0 "$APP_PID" 2>/dev/null || { echo "application died" >&2; exit 1; }
        sleep 2
    done
    psql_db -c "VACUUM (ANALYZE) task_tally, task_tally_item" >/dev/null # waits for the application's own
    note "status tally rebuilt in $(( $(date +%s) - start )) s: $(grep -o 'task tally rebuilt.*' "$OUT/app-load.log" | tail -1)"
fi
psql_db -At -F ' ' >"$OUT/sizes.txt" <<'SQL'
SELECT t, n, coalesce(pg_size_pretty(pg_total_relation_size(c.oid)), '') FROM (VALUES
  ('org_unit', (SELECT count(*) FROM org_unit)), ('person', (SELECT count(*) FROM person)),
  ('account', (SELECT count(*) FROM account)),
  ('plan_item', (SELECT count(*) FROM plan_item)), ('plan_item TASK', (SELECT count(*) FROM plan_item WHERE kind = 'TASK')),
  ('plan_item_coordinator', (SELECT count(*) FROM plan_item_coordinator)),
  ('task_extension', (SELECT count(*) FROM task_extension)), ('task_completion', (SELECT count(*) FROM task_completion)),
  ('product', (SELECT count(*) FROM product)), ('progress_report', (SELECT count(*) FROM progress_report))) v(t, n)
  LEFT JOIN pg_class c ON c.relname = split_part(v.t, ' ', 1) AND c.relkind = 'r';
SQL
cat "$OUT/sizes.txt" >&2

# --- request files -------------------------------------------------------------------------------
DAYS=$(( ($(date -u +%s) / 86400) - $(date -u -d 2021-01-01 +%s) / 86400 ))
dates() { awk -v days="$DAYS" -v seed="$1" 'BEGIN { srand(seed) } { d = int(rand() * days);
    print $0 "asOf=" strftime("%Y-%m-%d", 1609459200 + d * 86400, 1) }'; }
units_of() { psql_db -At -c "SELECT code FROM org_unit WHERE $1 ORDER BY md5(code) LIMIT ${2:-100000}"; }
for i in $(seq 1 200); do echo "/api/v1/tasks/stats?"; done | dates 1 >"$OUT/paths-stats-nation.txt"
units_of "type = 'PROVINCE'" | sed 's|^|/api/v1/tasks/stats?unit=|; s|$|\&|' | dates 2 >"$OUT/paths-stats-provinces.txt"
units_of "type = 'COMMUNE'" 1000 | sed 's|^|/api/v1/tasks/stats?unit=|; s|$|\&|' | dates 3 >"$OUT/paths-stats-communes.txt"
{ head -20 "$OUT/paths-stats-nation.txt"; cat "$OUT/paths-stats-provinces.txt";
  units_of "type IN ('DEPARTMENT', 'PEOPLES_COMMITTEE', 'DISTRICT')" 400 | sed 's|^|/api/v1/tasks/stats?unit=|; s|$|\&|' | dates 4;
  head -400 "$OUT/paths-stats-communes.txt"; } >"$OUT/paths-stats-mixed.txt"
# Task list page, 50 rows. Within a unit (with its lineage): the unit alone, with a status, with
# words, due soon. Across the nation (admin sees all): words, due soon, OVERDUE pages 0-4.
{
    units_of "type IN ('PROVINCE', 'DEPARTMENT', 'PEOPLES_COMMITTEE', 'COMMUNE')" 300 | sed 's|^|/tasks?leadUnit=|; s|$|\&|'
    units_of "type IN ('DEPARTMENT', 'COMMUNE', 'PEOPLES_COMMITTEE')" 200 | sed 's|^|/tasks?status=OVERDUE\&leadUnit=|; s|$|\&|'
    units_of "type IN ('PROVINCE', 'DEPARTMENT')" 100 | sed 's|^|/tasks?q=chuyen+doi+so\&leadUnit=|; s|$|\&|'
    units_of "type IN ('PROVINCE', 'DEPARTMENT')" 100 | sed 's|^|/tasks?dueSoon=true\&leadUnit=|; s|$|\&|'
} | dates 5 >"$OUT/paths-tasks-unit.txt"
{
    for w in "chuyen+doi+so" "quy+hoach" "nong+thon+moi" "ngan+sach" "du+lich"; do
        for i in $(seq 1 20); do echo "/tasks?q=$w&"; done
    done
    for i in $(seq 1 50); do echo "/tasks?status=IN_PROGRESS&dueSoon=true&"; done
    for i in $(seq 1 50); do echo "/tasks?status=OVERDUE&page=$((i % 5))&"; done
} | dates 6 >"$OUT/paths-tasks-nation.txt"

# --- load ------------------------------------------------------------------------------------------
TOKEN=$(curl -sS -u "$ADMIN" -H 'Content-Type: application/json' -d '{"name":"bench","expiresInDays":1}' \
    "$BASE/api/v1/me/tokens" | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')
[[ -n "$TOKEN" ]] || { echo "no token" >&2; exit 1; }
JAR_COOKIES="$OUT/cookies.txt"
csrf=$(curl -sS -c "$JAR_COOKIES" "$BASE/login" | sed -n 's/.*name="_csrf" *value="\([^"]*\)".*/\1/p' | head -1)
curl -sS -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null -d "username=admin&password=demo&_csrf=$csrf" "$BASE/login"
COOKIE=$(awk '(/^#HttpOnly_/ || !/^#/) && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$JAR_COOKIES")
curl -sS -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE/tasks" | grep -q 200 || { echo "no session" >&2; exit 1; }

# CPU ticks (user + system) of the application and of its database's backends: with wrk's request
# count they give CPU milliseconds per request, which moves far less with other work on the machine
# than latency does.
ticks() { local t=0 p; for p in "$APP_PID" $(psql_pg -d postgres -At -c "SELECT pid FROM pg_stat_activity
        WHERE datname = '$DB' AND backend_type = 'client backend' AND pid <> pg_backend_pid()"); do
        [[ -r /proc/$p/stat ]] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$t"; }
load() { # load NAME PATHS HEADER VALUE
    local name="$1" paths="$2" header="$3" value="$4"
    wanted_run "$name" || return 0
    echo "== $name: $(wc -l <"$paths") paths for $DURATION, $THREADS threads, $CONNECTIONS connections, load before $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/wrk-$name.txt" >&2
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP:-5s}" --timeout 20s -s bench/requests.lua "$BASE" -- "$paths" "$header" "$value" >/dev/null
    local before; before=$(ticks)
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 20s --latency -s bench/requests.lua "$BASE" \
        -- "$paths" "$header" "$value" | tee -a "$OUT/wrk-$name.txt" >&2
    local used=$(( $(ticks) - before )) requests; requests=$(sed -n 's/^RESULT requests=\([0-9]*\).*/\1/p' "$OUT/wrk-$name.txt")
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/wrk-$name.txt" >&2
    note "$name: $(grep RESULT "$OUT/wrk-$name.txt") cpu_ms_per_request=$(awk -v t="$used" -v hz="$(getconf CLK_TCK)" \
        -v n="$requests" 'BEGIN { printf "%.1f", (n > 0 ? t * 1000 / hz / n : 0) }') load $(cut -d' ' -f1-3 /proc/loadavg)"
}
if want wrk; then
load stats-nation "$OUT/paths-stats-nation.txt" Authorization "Bearer $TOKEN"
load stats-provinces "$OUT/paths-stats-provinces.txt" Authorization "Bearer $TOKEN"
load stats-communes "$OUT/paths-stats-communes.txt" Authorization "Bearer $TOKEN"
load stats-mixed "$OUT/paths-stats-mixed.txt" Authorization "Bearer $TOKEN"
load tasks-page-unit "$OUT/paths-tasks-unit.txt" Cookie "$COOKIE"
load tasks-page-nation "$OUT/paths-tasks-nation.txt" Cookie "$COOKIE"
fi

# --- import of IMPORT_ROWS task rows ----------------------------------------------------------------
if want import; then
if [[ "$(psql_db -At -c "SELECT count(*) FROM plan_item WHERE code LIKE 'IMP%'")" != 0 ]]; then
    # The tasks of an earlier run are deleted around the application: the tally is rebuilt without
    # them (at the next start) so that the import below meets the tally it would in real use.
    stop_app
    psql_db -q <<'SQL'
DELETE FROM plan_item WHERE code LIKE 'IMP%' AND parent_id IN (SELECT id FROM plan_item WHERE code LIKE 'IMP%' AND kind = 'TASK');
DELETE FROM plan_item WHERE code LIKE 'IMP%' AND kind = 'TASK';
DELETE FROM plan_item WHERE code LIKE 'IMP%';
UPDATE task_tally_state SET ready = FALSE;
SQL
    psql_db -c "VACUUM ANALYZE plan_item" >/dev/null
    start_app "$OUT/app-import.log"
    until [[ "$(psql_db -At -c 'SELECT ready FROM task_tally_state')" == t ]]; do
        kill -0 "$APP_PID" 2>/dev/null || { echo "application died" >&2; exit 1; }
        sleep 2
    done
    psql_db -c "VACUUM (ANALYZE) task_tally, task_tally_item" >/dev/null # waits for the application's own
    note "earlier imported tasks deleted, tally rebuilt: $(grep -o 'task tally rebuilt.*' "$OUT/app-import.log" | tail -1)"
fi
"$JAVA" bench/GenerateProgramme.java "$PROG/units.txt" import "$PROG/tasks-import.csv" "$IMPORT_ROWS" "$SEED" "$TODAY"
import tasks-dry-run "/api/v1/plan-items/import?dryRun=true" "$PROG/tasks-import.csv"
mark=$(wc -l <"$APP_LOG")
import tasks /api/v1/plan-items/import "$PROG/tasks-import.csv"
note "$(tail -n +$((mark + 1)) "$APP_LOG" | grep -o 'task tally refreshed.*' | tail -1)"
# after a large import the application compacts the tally and vacuums, in the background: wait for it
# before stopping it
for _ in $(seq 1 240); do
    tail -n +$((mark + 1)) "$APP_LOG" | grep -q 'vacuumed after a bulk write' && break
    sleep 0.5
done
note "after the import: $(tail -n +$((mark + 1)) "$APP_LOG" | grep -o 'task tally compacted.*\|plan items and task tally vacuumed.*' | tr '\n' ' ')"
fi
stop_app

# --- reminder job over the whole set ---------------------------------------------------------------
if want reminders; then
psql_db -q -c "DELETE FROM notice WHERE task_code LIKE 'QG.%' OR task_code LIKE 'IMP%'"
# the deleted notices would otherwise stay as dead rows that every probe of the unique key visits
# (nothing in real use deletes notices in bulk; the autovacuum daemon may be off here)
psql_db -c "VACUUM ANALYZE notice" >/dev/null
# a run killed earlier keeps its lock for lockAtMostFor (2 h): release it
psql_db -q -c "UPDATE shedlock SET lock_until = locked_at WHERE name = 'notification.reminders'" 2>/dev/null || true
before=$(psql_db -At -c "SELECT coalesce(max(id), 0) FROM notification_run")
start_app "$OUT/app-reminders.log" "--mandate.notification.cron=0 * * * * *"
for i in $(seq 1 1200); do
    done_run=$(psql_db -At -c "SELECT count(*) FROM notification_run WHERE id > $before AND finished_at IS NOT NULL")
    [[ "$done_run" -ge 1 ]] && break
    sleep 1
done
psql_db -At -F ' ' -c "SELECT 'reminder run', as_of, round(extract(epoch FROM finished_at - started_at)::numeric, 1) || ' s',
    tasks_checked || ' tasks', notices_sent || ' notices', errors || ' errors', coalesce(last_error, '')
    FROM notification_run WHERE id > $before AND finished_at IS NOT NULL ORDER BY id LIMIT 1" | tee "$OUT/reminders.txt" | while read -r l; do note "$l"; done
stop_app
fi

# --- the SQL alone ---------------------------------------------------------------------------------
if want explain; then
ONLY="${EXPLAIN_ONLY:-}" bench/delivery-explain.sh "$DB" >"$OUT/explain.txt" 2>&1 || true
grep -E '^###|Execution Time' "$OUT/explain.txt" >&2 || true
fi
note "done $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
