#!/usr/bin/env bash
# Data-value import benchmark on PostgreSQL (issue 4, section 7): 1,000,000 values from CSV through
# POST /api/v1/data-values/import, against plain COPY of the same rows in the same run.
#
#  1. builds the jar, generates the nation (bench/GenerateNation.java) and the values
#     (bench/GenerateValues.java: 50 indicators x ~4,265 current units x months from 2025-07),
#  2. creates a fresh database mandate_bench_import (owner mandate/mandate), starts the application
#     on it (profile postgres, demo data for the admin account) on a free port of 127.0.0.1,
#  3. imports the units and the indicators through their import APIs (not timed),
#  4. times the import of data_values.csv (text/csv request body, as admin) -> values/s,
#  5. times a second import of the same file (every row unchanged),
#  6. exports the stored rows in the table's own shape and times plain COPY of them into
#     bench_copy (CREATE TABLE ... (LIKE data_value INCLUDING ALL) plus whatever foreign keys
#     data_value has, read from the catalogue: same columns, collations, keys, indexes and
#     constraints, nothing more; both lists are printed) -> ratio import/COPY,
#     with the CPU seconds of the application and of its PostgreSQL connections during the import
#     and of the PostgreSQL process of the COPY (from /proc; they vary far less with the machine's
#     load than wall time),
#  7. stops the application (trap), leaves the database for inspection.
#
# Usage: bench/indicator-import.sh              (ROWS=1000000 INDICATORS=50)
#        SKIP_BUILD=1 ROWS=200000 bench/indicator-import.sh
# Output: stdout, plus target/bench/indicator-import/{app.log,result.txt,import-*.json,copy-times.txt}.
set -euo pipefail

cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
SEED="${SEED:-2025}"
ROWS="${ROWS:-1000000}"
INDICATORS="${INDICATORS:-50}"
DB="${DB:-mandate_bench_import}"
JAVA_OPTS="${JAVA_OPTS:-}"
OUT=target/bench/indicator-import
NATION=target/bench/nation
DATA=target/bench/values
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
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
# CPU seconds (user + system) used so far by the given processes; on a shared machine these move far
# less with the load than wall time does.
cpu() { local t=0 p; for p in "$@"; do [[ -r /proc/$p/stat ]] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done
        awk -v t="$t" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }'; }
backends() { psql_pg -d postgres -At -c "SELECT pid FROM pg_stat_activity WHERE datname = '$DB' AND backend_type = 'client backend' AND pid <> pg_backend_pid()"; }

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
[[ -f "$NATION/org_units.csv" ]] || "$JAVA" bench/GenerateNation.java "$NATION" "$SEED" >&2
"$JAVA" bench/GenerateValues.java "$NATION" "$DATA" "$ROWS" "$INDICATORS" "$SEED" | tee "$OUT/generate.txt" >&2

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

ADMIN=admin:demo
post() { # post NAME URL FILE -> "HTTP-code seconds"
    curl -sS -u "$ADMIN" -H 'Content-Type: text/csv' --data-binary "@$3" -o "$OUT/import-$1.json" \
        -w '%{http_code} %{time_total}' --max-time 3600 "$BASE$2"
}
for what in "units /api/v1/org-units/import $NATION/org_units.csv" \
            "indicators /api/v1/indicators/import $DATA/indicators.csv"; do
    set -- $what
    r=$(post "$1" "$2" "$3")
    echo "$1: HTTP $r: $(head -c 200 "$OUT/import-$1.json")" >&2
    [[ "${r% *}" == 200 ]] || { echo "import of $1 failed" >&2; exit 1; }
done
psql_db -c "VACUUM ANALYZE" >/dev/null
psql_db -c "CHECKPOINT" >/dev/null  # as before the COPY below: both start right after a checkpoint

# --- the import ----------------------------------------------------------------------------------
LINES=$(( $(wc -l <"$DATA/data_values.csv") - 1 ))
BYTES=$(stat -c %s "$DATA/data_values.csv")
echo "importing $LINES values ($BYTES bytes)..." >&2
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
mapfile -t PIDS < <(backends)
CPU_APP0=$(cpu "$APP_PID"); CPU_DB0=$(cpu "${PIDS[@]}")
r=$(post values /api/v1/data-values/import "$DATA/data_values.csv")
IMPORT_S=${r#* }
mapfile -t PIDS2 < <(backends)
[[ "${PIDS[*]}" == "${PIDS2[*]}" ]] || echo "warning: the application's connections changed during the import" >&2
CPU_APP=$(secs "$CPU_APP0" "$(cpu "$APP_PID")"); CPU_DB=$(secs "$CPU_DB0" "$(cpu "${PIDS[@]}")")
echo "values: HTTP $r: $(head -c 300 "$OUT/import-values.json")" >&2
[[ "${r% *}" == 200 ]] || { echo "the import failed" >&2; exit 1; }
STORED=$(psql_db -At -c "SELECT count(*) FROM data_value WHERE indicator_id IN (SELECT id FROM indicator WHERE code LIKE 'BENCH\_%')")

{ grep 'data values' "$OUT/app.log" || true; } | tail -3 | sed 's/.*ValueImport *: //' >&2
echo "importing the same file again (every row unchanged)..." >&2
r=$(post again /api/v1/data-values/import "$DATA/data_values.csv")
AGAIN_S=${r#* }
echo "again: HTTP $r: $(head -c 300 "$OUT/import-again.json")" >&2
{ grep 'data values' "$OUT/app.log" || true; } | tail -2 | sed 's/.*ValueImport *: //' >&2

# --- plain COPY of the same rows into a same-shaped table -----------------------------------------
COLS="indicator_id, unit_code, province_id, period, period_type, period_year, period_start, period_end, amount, comment, state, entered_by, entered_at"
psql_db -c "COPY (SELECT $COLS FROM data_value WHERE indicator_id IN (SELECT id FROM indicator WHERE code LIKE 'BENCH\\_%')) TO STDOUT" >"$OUT/rows.tsv"
# LIKE ... INCLUDING ALL copies columns (with their collations), keys, indexes, checks and defaults
# but not foreign keys: add exactly the ones data_value has (none since V0089; runs before
# 2026-11-27 16:50 left out the one it had then). data_value has no triggers to copy.
psql_db <<'SQL'
DROP TABLE IF EXISTS bench_copy;
CREATE TABLE bench_copy (LIKE data_value INCLUDING ALL);
DO $$
DECLARE fk record;
BEGIN
    FOR fk IN SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint
              WHERE conrelid = 'data_value'::regclass AND contype = 'f' LOOP
        EXECUTE 'ALTER TABLE bench_copy ADD ' || fk.def;
    END LOOP;
END $$;
SQL
shape() { # the table's constraints and indexes, without its name, for comparison
    psql_db -At -c "SELECT contype::text || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '$1'::regclass
                    UNION ALL SELECT 'i ' || regexp_replace(pg_get_indexdef(indexrelid), '^.* USING ', '')
                    FROM pg_index WHERE indrelid = '$1'::regclass
                    UNION ALL SELECT 'c ' || attname || ' ' || COALESCE(collname, '') FROM pg_attribute
                    LEFT JOIN pg_collation c ON c.oid = attcollation AND attcollation <> 100
                    WHERE attrelid = '$1'::regclass AND attnum > 0 AND NOT attisdropped AND attcollation <> 0
                    UNION ALL SELECT 't ' || tgname FROM pg_trigger WHERE tgrelid = '$1'::regclass AND NOT tgisinternal
                    ORDER BY 1"
}
if [[ "$(shape data_value)" != "$(shape bench_copy)" ]]; then
    echo "bench_copy is not shaped like data_value:" >&2
    diff <(shape data_value) <(shape bench_copy) >&2 || true
    exit 1
fi
SHAPE=$(shape bench_copy | tr '\n' ';')
psql_db -c "CHECKPOINT" >/dev/null
echo "COPY of $STORED rows into bench_copy..." >&2
# one session: its server process's CPU time is read before and after the COPY
psql_db -At <<SQL >"$OUT/copy-times.txt"
SELECT pg_backend_pid() AS pid \\gset
\\setenv PID :pid
\\! echo "\$(date +%s.%N) \$(awk '{print \$14 + \$15}' /proc/\$PID/stat)"
\\copy bench_copy ($COLS) FROM '$PWD/$OUT/rows.tsv'
\\! echo "\$(date +%s.%N) \$(awk '{print \$14 + \$15}' /proc/\$PID/stat)"
SQL
read -r t0 c0 < <(sed -n 1p "$OUT/copy-times.txt")
read -r t1 c1 < <(sed -n 2p "$OUT/copy-times.txt")
COPY_S=$(secs "$t0" "$t1")
CPU_COPY=$(awk -v a="$c0" -v b="$c1" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", (b - a) / hz }')
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

{
    echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB"
    echo "load average before: $LOAD_BEFORE  after: $LOAD_AFTER"
    echo "rows in file: $LINES ($BYTES bytes); stored: $STORED"
    awk -v n="$LINES" -v t="$IMPORT_S" 'BEGIN { printf "import:            %7.2f s  %9.0f values/s\n", t, n / t }'
    awk -v n="$LINES" -v t="$AGAIN_S" 'BEGIN { printf "import unchanged:  %7.2f s  %9.0f values/s\n", t, n / t }'
    awk -v n="$STORED" -v t="$COPY_S" 'BEGIN { printf "plain COPY:        %7.2f s  %9.0f values/s\n", t, n / t }'
    awk -v a="$IMPORT_S" -v c="$COPY_S" 'BEGIN { printf "ratio import/COPY (throughput): %.2f (goal >= 0.5)\n", c / a }'
    echo "CPU seconds: import: application $CPU_APP, its PostgreSQL connections $CPU_DB; plain COPY: PostgreSQL $CPU_COPY"
    echo "data_value and bench_copy (c = collation, p/u/c/f = key, check, foreign key, i = index, t = trigger): $SHAPE"
} | tee "$OUT/result.txt"
psql_db -At -c "SELECT 'data_value: ' || pg_size_pretty(pg_total_relation_size('data_value'))" | tee -a "$OUT/result.txt"
