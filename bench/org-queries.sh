#!/usr/bin/env bash
# Subtree / as-of-date benchmark at national size on PostgreSQL.
#
#  1. builds the jar, generates the nation (bench/GenerateNation.java),
#  2. creates a fresh database mandate_bench (owner mandate/mandate) and starts the application on it
#     (profile postgres, demo data on for the demo accounts) on a free port of 127.0.0.1,
#  3. imports org_units.csv, people.csv (and reorganisations.csv) through the import API as admin,
#  4. loads GET /api/v1/org-units?root=&asOf= with wrk (bench/subtree.lua: random unit, random date
#     in 2021..2026 within that unit's life), then GET /api/v1/people?unit=&asOf=,
#  5. runs the module's SQL inside PostgreSQL with EXPLAIN (ANALYZE, BUFFERS),
#  6. stops the application (trap), leaves the database for inspection.
#
# Usage: bench/org-queries.sh                 (DURATION=30s THREADS=2 CONNECTIONS=8)
#        SKIP_BUILD=1 SEED=2025 DURATION=15s bench/org-queries.sh
# Output: stdout, plus target/bench/org-queries/{app.log,wrk-*.txt,explain.txt,import.txt}.
set -euo pipefail

cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
SEED="${SEED:-2025}"
DURATION="${DURATION:-30s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
DB="${DB:-mandate_bench}"
JAVA_OPTS="${JAVA_OPTS:-}"
OUT=target/bench/org-queries
DATA=target/bench/nation
mkdir -p "$OUT" "$DATA"
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

# --- tools -------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
    echo "installing wrk..." >&2
    apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
    ver=$(ls /etc/postgresql | sort -V | tail -1)
    echo "starting PostgreSQL $ver..." >&2
    pg_ctlcluster --skip-systemctl-redirect "$ver" main start
    for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi

# --- build and generate --------------------------------------------------------------------------
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    echo "building the jar..." >&2
    ./mvnw -q -DskipTests package
fi
JAR="$(ls target/mandate-*.jar | grep -v -- '-plain' | head -1)"
echo "generating the nation (seed $SEED)..." >&2
"$JAVA" bench/GenerateNation.java "$DATA" "$SEED" | tee "$OUT/generate.txt" >&2

# --- fresh database ------------------------------------------------------------------------------
psql_pg -d postgres <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mandate') THEN
    CREATE ROLE mandate LOGIN PASSWORD 'mandate';
  END IF;
END \$\$;
DROP DATABASE IF EXISTS $DB WITH (FORCE);
CREATE DATABASE $DB OWNER mandate;
SQL

# --- start the application -----------------------------------------------------------------------
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
    "$JAVA" $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 >"$OUT/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 600); do
    curl -fsS --max-time 2 "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "application died" >&2; tail -60 "$OUT/app.log" >&2; exit 1; }
    (( i == 600 )) && { echo "application not ready after 300 s" >&2; exit 1; }
    sleep 0.5
done
echo "ready" >&2

# --- import --------------------------------------------------------------------------------------
ADMIN=admin:demo
import() { # import NAME URL FILE REQUIRED
    local name="$1" url="$2" file="$3" required="$4" code
    echo "importing $name ($(wc -l <"$file") lines)..." >&2
    code=$(curl -sS -u "$ADMIN" -H 'Content-Type: text/csv' --data-binary "@$file" \
        -o "$OUT/import-$name.json" -w '%{http_code} %{time_total}' --max-time 3600 "$BASE$url")
    echo "$name: HTTP ${code% *} in ${code#* } s: $(head -c 300 "$OUT/import-$name.json")" | tee -a "$OUT/import.txt" >&2
    if [[ "${code% *}" != 200 && "$required" == yes ]]; then
        echo "import of $name failed" >&2
        exit 1
    fi
}
: >"$OUT/import.txt"
import units /api/v1/org-units/import "$DATA/org_units.csv" yes
# People: the first API_PEOPLE people go through the import API (timed); the rest are bulk-loaded
# with SQL into the same tables, because a 100,000-person import through the API takes far too long
# (see BENCHMARKS.md: every person writes a hash-chained audit entry, and the chain-head row updated
# 100,000 times in one transaction makes each append slower than the last). API_PEOPLE=all sends
# the whole file through the API.
API_PEOPLE="${API_PEOPLE:-2000}"
if [[ "$API_PEOPLE" == all ]]; then
    import people /api/v1/people/import "$DATA/people.csv" yes
else
    awk -F, -v n="$API_PEOPLE" -v api="$DATA/people-api.csv" -v rest="$DATA/people-sql.csv" '
        NR == 1 { print > api; print > rest; next }
        { if (substr($1, 3) + 0 <= n) print > api; else print > rest }' "$DATA/people.csv"
    import people-api /api/v1/people/import "$DATA/people-api.csv" yes
    echo "bulk-loading the other $(( $(wc -l <"$DATA/people-sql.csv") - 1 )) positions with SQL..." >&2
    start=$(date +%s)
    psql_db -c "CREATE UNLOGGED TABLE bench_staging (person_code text, full_name text, date_of_birth date,
        unit_code text, title text, head_of_unit boolean, committees text, from_date date, to_date date)"
    psql_db -c "\\copy bench_staging FROM STDIN WITH (FORMAT csv, HEADER true)" <"$DATA/people-sql.csv"
    psql_db <<'SQL'
-- full_name_folded as TextFolding.fold would produce it (lower case, no diacritics, đ → d)
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
SQL
    echo "people-sql: bulk load in $(( $(date +%s) - start )) s" | tee -a "$OUT/import.txt" >&2
fi
import reorganisations /api/v1/reorganisations/import "$DATA/reorganisations.csv" no

psql_db -c "VACUUM ANALYZE" >/dev/null
psql_db -At -F ' ' >"$OUT/sizes.txt" <<'SQL'
SELECT 'org_unit', count(*), pg_size_pretty(pg_total_relation_size('org_unit')) FROM org_unit
UNION ALL SELECT 'person', count(*), pg_size_pretty(pg_total_relation_size('person')) FROM person
UNION ALL SELECT 'person_position', count(*), pg_size_pretty(pg_total_relation_size('person_position')) FROM person_position
UNION ALL SELECT 'reorganisation_mapping', count(*), pg_size_pretty(pg_total_relation_size('reorganisation_mapping')) FROM reorganisation_mapping;
SQL
cat "$OUT/sizes.txt" >&2

# --- roots for the load: each unit with its life clipped to 2021-01-01..2026-12-31 ------------------
roots() { # roots WHERE-CLAUSE [LIMIT] → "code first_day last_day" (days since 1970-01-01)
    psql_db -At -F ' ' -c "SELECT code, GREATEST(valid_from, DATE '2021-01-01') - DATE '1970-01-01',
        LEAST(COALESCE(valid_to, DATE '2026-12-31'), DATE '2026-12-31') - DATE '1970-01-01'
        FROM org_unit WHERE COALESCE(valid_to, DATE '2026-12-31') >= DATE '2021-01-01' AND ($1)
        ORDER BY md5(code) LIMIT ${2:-100000}"
}
{
    roots "type = 'PROVINCE'"
    roots "type = 'PEOPLES_COMMITTEE'"
    roots "type = 'DEPARTMENT'" 300
    roots "type = 'DISTRICT'" 200
    roots "type = 'COMMUNE'" 600
} >"$OUT/roots-mixed.txt"
roots "type = 'PROVINCE'" >"$OUT/roots-provinces.txt"
echo "roots: $(wc -l <"$OUT/roots-mixed.txt") mixed, $(wc -l <"$OUT/roots-provinces.txt") provinces" >&2

# --- load ------------------------------------------------------------------------------------------
TOKEN=$(curl -sS -u "$ADMIN" -H 'Content-Type: application/json' -d '{"name":"bench","expiresInDays":1}' \
    "$BASE/api/v1/me/tokens" | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')
BASIC="Basic $(printf %s "$ADMIN" | base64)"
if [[ -n "$TOKEN" ]]; then BEARER="Bearer $TOKEN"; else BEARER="$BASIC"; echo "no token: using Basic" >&2; fi

load() { # load NAME DURATION AUTH ROOTS PATH PARAM
    local name="$1" duration="$2" auth="$3" roots="$4" path="$5" param="$6"
    echo "== $name: $path?$param=…&asOf=… for $duration, $THREADS threads, $CONNECTIONS connections" | tee "$OUT/wrk-$name.txt" >&2
    # warm-up (JIT, connection pool, PostgreSQL caches), not measured
    wrk -t"$THREADS" -c"$CONNECTIONS" -d5s --timeout 10s -s bench/subtree.lua "$BASE" -- "$roots" "$auth" "$path" "$param" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$duration" --timeout 10s --latency -s bench/subtree.lua "$BASE" \
        -- "$roots" "$auth" "$path" "$param" | tee -a "$OUT/wrk-$name.txt" >&2
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/wrk-$name.txt" >&2
}
load subtree-mixed "$DURATION" "$BEARER" "$OUT/roots-mixed.txt" /api/v1/org-units root
load subtree-provinces "$DURATION" "$BEARER" "$OUT/roots-provinces.txt" /api/v1/org-units root
load people-mixed "$DURATION" "$BEARER" "$OUT/roots-mixed.txt" /api/v1/people unit
load subtree-mixed-basic 15s "$BASIC" "$OUT/roots-mixed.txt" /api/v1/org-units root

# --- the SQL alone ---------------------------------------------------------------------------------
# Same statements as OrgQueries.subtreeValidOn and PeopleQueries.inSubtree (organization module):
# subtrees as path ranges (SubtreeRange), so generic plans can use the index too.
path_of() { psql_db -At -c "SELECT path FROM org_unit WHERE code = '$1'"; }
UNIT_SQL="SELECT u.id, u.code, u.name_vi, u.name_en, u.type, u.parent_id, p.code AS parent_code, u.path, u.depth,
  u.valid_from, u.valid_to, u.note, u.name_folded FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id
  WHERE u.path >= \$1 AND u.path < \$3 AND u.valid_from <= \$2 AND (u.valid_to IS NULL OR u.valid_to >= \$2) ORDER BY u.id"
PEOPLE_SQL="SELECT p.id, p.code, p.full_name, p.date_of_birth, u.code AS unit_code, u.name_vi, u.name_en, pp.title,
  pp.head_of_unit, pp.committees, pp.valid_from, pp.valid_to FROM person_position pp JOIN person p ON p.id = pp.person_id
  JOIN org_unit u ON u.id = pp.unit_id WHERE u.path >= \$1 AND u.path < \$3 AND pp.valid_from <= \$2
  AND (pp.valid_to IS NULL OR pp.valid_to >= \$2) ORDER BY u.depth, u.id, pp.head_of_unit DESC, p.code"
{
    echo "PostgreSQL: $(psql_db -At -c 'SELECT version()')"
    echo "shared_buffers=$(psql_db -At -c 'SHOW shared_buffers') work_mem=$(psql_db -At -c 'SHOW work_mem') jit=$(psql_db -At -c 'SHOW jit')"
    for spec in "HOCHIMINH 2026-11-23" "THANHHOA1997 2024-12-31" "PHUTHO 2025-07-01" "HANOI1997.SKHDT 2023-06-30" \
                "PHUTHO.SYT 2026-01-15" "HANOI.X010 2026-11-23"; do
        code=${spec% *}; day=${spec#* }; from="$(path_of "$code")"; to="${from%/}0"  # SubtreeRange: [/1/7/, /1/70)
        for kind in unit people; do
            sql=$UNIT_SQL; [[ $kind == people ]] && sql=$PEOPLE_SQL
            for mode in force_custom_plan force_generic_plan; do
                echo
                echo "### $kind subtree of $code [$from, $to) as of $day, plan_cache_mode=$mode"
                psql_db <<SQL
SET plan_cache_mode = $mode;
PREPARE q(text, date, text) AS $sql;
\\o /dev/null
EXECUTE q('$from', '$day', '$to');
\\o
EXPLAIN (ANALYZE, BUFFERS) EXECUTE q('$from', '$day', '$to');
SQL
            done
        done
    done
} >"$OUT/explain.txt" 2>&1
grep -E '^###|Execution Time|Planning Time' "$OUT/explain.txt" >&2

stop_app
echo "done: results under $OUT" >&2
