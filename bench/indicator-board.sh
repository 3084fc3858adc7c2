#!/usr/bin/env bash
# Target board and national roll-up benchmark at national size on PostgreSQL (issue 4 section 7).
#
#  1. builds the jar, generates the nation (bench/GenerateNation.java) and its indicator data
#     (bench/GenerateIndicators.java: 50 indicators, 6,800 province targets, ~9.6 million monthly
#     values of 3,321 communes and, before 2025, 696 districts for four indicators),
#  2. creates a fresh database mandate_bench_indicator (owner mandate/mandate), starts the
#     application on it (Flyway creates the schema; demo data for the admin/demo account), imports
#     units, reorganisations, indicators and targets through the import API, and bulk-loads the
#     values with COPY (the import API checks each row; see BENCHMARKS.md section 2),
#  3. measures (bench/board.lua; pages with a signed-in session, the API with a personal access token):
#       board     GET /indicators/board?unit=P&year=2026&asOf=2026-10-31   (the page; random province P)
#       board-api GET /api/v1/assessments?year=2026&unit=P and /api/v1/forecasts?asOf=2026-10-31&unit=P
#       rollup    GET /api/v1/indicators/{code}/roll-up?year=Y            (national; random indicator,
#                 Y in 2022..2026)
#     first the cold pass (every province's board and every national roll-up once, in order, timed with
#     curl: nothing is kept in memory yet), then wrk after a 5 s warm-up, with 8 and with 1 connection,
#  4. EXPLAIN (ANALYZE, BUFFERS) of the statements that read values of a subtree
#     (bench/indicator-explain.sh) and of the other statements that read data_value
#     (bench/data-value-explain.sh),
#  5. stops the application (trap); the database stays for inspection.
#
# Usage: bench/indicator-board.sh                       (DURATION=30s THREADS=2 CONNECTIONS=8)
#        SKIP_BUILD=1 SKIP_LOAD=1 DURATION=15s bench/indicator-board.sh   (reuse jar and database)
#        LOAD_ONLY=1 bench/indicator-board.sh                             (steps 1-2 only)
# Output: stdout, plus target/bench/indicator-board/{app.log,load.txt,cold-*.txt,wrk-*.txt,explain*.txt}.
set -euo pipefail

cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
DURATION="${DURATION:-30s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
DB="${DB:-mandate_bench_indicator}"
YEAR="${YEAR:-2026}"
AS_OF="${AS_OF:-2026-10-31}"
JAVA_OPTS="${JAVA_OPTS:-}"
OUT=target/bench/indicator-board
NATION=target/bench/nation
DATA=target/bench/indicators
mkdir -p "$OUT" "$NATION" "$DATA"
APP_PID=""

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

if ! command -v wrk >/dev/null; then
    echo "installing wrk..." >&2
    apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
    ver=$(ls /etc/postgresql | sort -V | tail -1)
    pg_ctlcluster --skip-systemctl-redirect "$ver" main start
    for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    echo "building the jar..." >&2
    ./mvnw -q -DskipTests package
fi
JAR="$(ls target/mandate-*.jar | grep -v -- '-plain' | head -1)"

start_app() {
    while :; do
        PORT=$((20000 + RANDOM % 20000))
        (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || break
    done
    BASE="http://127.0.0.1:$PORT"
    echo "starting the application on $BASE..." >&2
    # shellcheck disable=SC2086
    SPRING_PROFILES_ACTIVE=postgres \
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
    SPRING_DATASOURCE_USERNAME=mandate SPRING_DATASOURCE_PASSWORD=mandate \
    MANDATE_DEMO_ENABLED=true \
        "$JAVA" $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 >>"$OUT/app.log" 2>&1 &
    APP_PID=$!
    for i in $(seq 1 600); do
        curl -fsS --max-time 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && break
        kill -0 "$APP_PID" 2>/dev/null || { echo "application died" >&2; tail -60 "$OUT/app.log" >&2; exit 1; }
        (( i == 600 )) && { echo "application not ready after 300 s" >&2; exit 1; }
        sleep 0.5
    done
    echo "ready" >&2
}

ADMIN=admin:demo
: >"$OUT/app.log"
if [[ "${SKIP_LOAD:-0}" != 1 ]]; then
    echo "generating the nation and its indicators..." >&2
    "$JAVA" bench/GenerateNation.java "$NATION" 2025 2000 >&2
    "$JAVA" bench/GenerateIndicators.java "$DATA" "$NATION" | tee "$OUT/generate.txt" >&2
    psql_pg -d postgres <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mandate') THEN
    CREATE ROLE mandate LOGIN PASSWORD 'mandate';
  END IF;
END \$\$;
DROP DATABASE IF EXISTS $DB WITH (FORCE);
CREATE DATABASE $DB OWNER mandate;
SQL
    start_app
    : >"$OUT/load.txt"
    import() { # import NAME URL FILE
        local name="$1" url="$2" file="$3" code
        echo "importing $name ($(wc -l <"$file") lines)..." >&2
        code=$(curl -sS -u "$ADMIN" -H 'Content-Type: text/csv' --data-binary "@$file" \
            -o "$OUT/import-$name.json" -w '%{http_code} %{time_total}' --max-time 3600 "$BASE$url")
        echo "$name: HTTP ${code% *} in ${code#* } s: $(head -c 300 "$OUT/import-$name.json")" | tee -a "$OUT/load.txt" >&2
        [[ "${code% *}" == 200 ]] || { echo "import of $name failed" >&2; exit 1; }
    }
    import units /api/v1/org-units/import "$NATION/org_units.csv"
    import reorganisations /api/v1/reorganisations/import "$NATION/reorganisations.csv"
    import indicators /api/v1/indicators/import "$DATA/indicators.csv"
    import targets /api/v1/targets/import "$DATA/targets.csv"
    echo "bulk-loading $(( $(wc -l <"$DATA/values.csv") - 1 )) values with COPY..." >&2
    start=$(date +%s)
    psql_db -c "CREATE UNLOGGED TABLE bench_value (indicator_code text, unit_code text, period text, amount numeric)"
    psql_db -c "\\copy bench_value FROM STDIN WITH (FORMAT csv, HEADER true)" <"$DATA/values.csv"
    echo "values: COPY in $(( $(date +%s) - start )) s" | tee -a "$OUT/load.txt" >&2
    # The indexes are dropped for the load and created again afterwards, with the same definitions.
    psql_db -At -c "SELECT indexdef || ';' FROM pg_indexes WHERE tablename = 'data_value'
        AND indexname <> 'data_value_pk'" >"$OUT/data_value_indexes.sql"
    psql_db <<SQL
ALTER TABLE data_value DROP CONSTRAINT data_value_pk;
$(sed -n 's/^CREATE \(UNIQUE \)\?INDEX \([a-z0-9_]*\) .*/DROP INDEX \2;/p' "$OUT/data_value_indexes.sql")
INSERT INTO data_value (indicator_id, unit_code, province_id, period, period_type, period_year, period_start,
    period_end, amount, state, entered_by, entered_at)
SELECT i.id, s.unit_code, u.province_id, s.period, 'MONTH', CAST(substr(s.period, 1, 4) AS int),
       to_date(s.period || '-01', 'YYYY-MM-DD'),
       CAST(to_date(s.period || '-01', 'YYYY-MM-DD') + INTERVAL '1 month' - INTERVAL '1 day' AS date),
       s.amount, CASE WHEN s.period < '2026-01' THEN 'APPROVED' ELSE 'SUBMITTED' END, 'bench',
       TIMESTAMP WITH TIME ZONE '2026-11-01 08:00:00+07'
FROM bench_value s JOIN indicator i ON i.code = s.indicator_code JOIN org_unit u ON u.code = s.unit_code;
ALTER TABLE data_value ADD CONSTRAINT data_value_pk PRIMARY KEY (indicator_id, unit_code, period);
$(cat "$OUT/data_value_indexes.sql")
DROP TABLE bench_value;
SQL
    echo "values: COPY + INSERT + indexes in $(( $(date +%s) - start )) s" | tee -a "$OUT/load.txt" >&2
    psql_db -c "VACUUM ANALYZE" >/dev/null
    stop_app
fi
psql_db -At -F ' ' >"$OUT/sizes.txt" <<'SQL'
SELECT 'org_unit', count(*), pg_size_pretty(pg_total_relation_size('org_unit')) FROM org_unit
UNION ALL SELECT 'reorganisation_mapping', count(*), pg_size_pretty(pg_total_relation_size('reorganisation_mapping')) FROM reorganisation_mapping
UNION ALL SELECT 'indicator', count(*), pg_size_pretty(pg_total_relation_size('indicator')) FROM indicator
UNION ALL SELECT 'indicator_target', count(*), pg_size_pretty(pg_total_relation_size('indicator_target')) FROM indicator_target
UNION ALL SELECT 'data_value', count(*), pg_size_pretty(pg_total_relation_size('data_value')) FROM data_value;
SQL
cat "$OUT/sizes.txt" >&2
[[ "${LOAD_ONLY:-0}" == 1 ]] && exit 0

# --- measure ---------------------------------------------------------------------------------------
start_app
TOKEN=$(curl -sS -u "$ADMIN" -H 'Content-Type: application/json' -d '{"name":"bench","expiresInDays":1}' \
    "$BASE/api/v1/me/tokens" | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')
[[ -n "$TOKEN" ]] || { echo "no token" >&2; exit 1; }
API_AUTH="Authorization: Bearer $TOKEN"
# Pages sign in with the login form (tokens are for /api/**): one session for every page request.
JAR_FILE="$OUT/cookies.txt"
rm -f "$JAR_FILE"
CSRF=$(curl -sS -c "$JAR_FILE" -b "$JAR_FILE" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
    | sed 's/.*value="//; s/"$//')
curl -sS -c "$JAR_FILE" -b "$JAR_FILE" -o /dev/null --data-urlencode "username=${ADMIN%%:*}" \
    --data-urlencode "password=${ADMIN#*:}" --data-urlencode "_csrf=$CSRF" "$BASE/login"
SESSION=$(awk '$6 == "SESSION" { print $7 }' "$JAR_FILE")
[[ -n "$SESSION" ]] || { echo "no session" >&2; exit 1; }
PAGE_AUTH="Cookie: SESSION=$SESSION"

psql_db -At -c "SELECT code FROM org_unit WHERE type = 'PROVINCE' AND valid_to IS NULL
    AND EXISTS (SELECT 1 FROM indicator_target t JOIN indicator i ON i.id = t.indicator_id
                WHERE t.unit_code = org_unit.code AND i.code LIKE 'BI%') ORDER BY code" >"$OUT/provinces.txt"
psql_db -At -c "SELECT code FROM indicator WHERE code LIKE 'BI%' ORDER BY code" >"$OUT/indicators.txt"
mapfile -t PROVINCES <"$OUT/provinces.txt"
mapfile -t INDICATORS <"$OUT/indicators.txt"
: >"$OUT/urls-board.txt"; : >"$OUT/urls-board-api.txt"; : >"$OUT/urls-rollup.txt"
for p in "${PROVINCES[@]}"; do
    echo "/indicators/board?unit=$p&year=$YEAR&asOf=$AS_OF" >>"$OUT/urls-board.txt"
    echo "/api/v1/assessments?year=$YEAR&unit=$p" >>"$OUT/urls-board-api.txt"
    echo "/api/v1/forecasts?asOf=$AS_OF&unit=$p" >>"$OUT/urls-board-api.txt"
done
for i in "${INDICATORS[@]}"; do
    for y in 2022 2023 2024 2025 2026; do echo "/api/v1/indicators/$i/roll-up?year=$y" >>"$OUT/urls-rollup.txt"; done
done

cold() { # cold NAME URLS_FILE HEADER: each URL once, in order, timed by curl
    local name="$1" urls="$2" header="$3" url code t
    : >"$OUT/cold-$name.txt"
    while read -r url; do
        read -r code t < <(curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' -H "$header" --max-time 900 "$BASE$url")
        echo "$code $t $url" >>"$OUT/cold-$name.txt"
    done <"$urls"
    sort -k2 -n "$OUT/cold-$name.txt" | awk -v name="$name" -v la="$(cut -d' ' -f1-3 /proc/loadavg)" '
        { t[NR] = $2; if ($1 != 200) bad++ }
        END { printf "cold %s: %d requests, non-200 %d, min %.0f ms, median %.0f ms, p95 %.0f ms, max %.0f ms (load %s)\n",
              name, NR, bad + 0, t[1] * 1000, t[int((NR + 1) / 2)] * 1000, t[int(NR * 0.95 + 0.999)] * 1000,
              t[NR] * 1000, la }' | tee -a "$OUT/cold-$name.txt" >&2
}
echo "cold pass (nothing kept yet; load $(cut -d' ' -f1-3 /proc/loadavg))..." >&2
cold board "$OUT/urls-board.txt" "$PAGE_AUTH"
cold rollup "$OUT/urls-rollup.txt" "$API_AUTH"

load() { # load NAME URLS_FILE HEADER
    local name="$1" urls="$2" header="$3"
    echo "== $name: $(wc -l <"$urls") URLs for $DURATION, $THREADS threads, $CONNECTIONS connections" | tee "$OUT/wrk-$name.txt" >&2
    wrk -t"$THREADS" -c"$CONNECTIONS" -d5s --timeout 10s -s bench/board.lua "$BASE" -- "$urls" "$header" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s bench/board.lua "$BASE" \
        -- "$urls" "$header" | tee -a "$OUT/wrk-$name.txt" >&2
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/wrk-$name.txt" >&2
}
load board "$OUT/urls-board.txt" "$PAGE_AUTH"
load board-api "$OUT/urls-board-api.txt" "$API_AUTH"
load rollup "$OUT/urls-rollup.txt" "$API_AUTH"
THREADS=1 CONNECTIONS=1 load board-1 "$OUT/urls-board.txt" "$PAGE_AUTH"
THREADS=1 CONNECTIONS=1 load rollup-1 "$OUT/urls-rollup.txt" "$API_AUTH"
stop_app

# --- the SQL alone ---------------------------------------------------------------------------------
bench/indicator-explain.sh "$DB" >"$OUT/explain.txt" 2>&1 || true
bench/data-value-explain.sh "$DB" >"$OUT/explain-values.txt" 2>&1 || true
grep -E '^###|Execution Time|Planning Time' "$OUT/explain.txt" >&2 || true
echo "done: results under $OUT" >&2
