#!/usr/bin/env bash
# Start-up benchmark on H2: time from launching the JVM to /actuator/health answering UP, Spring's
# own "Started MandateApplication in X seconds", resident memory (VmRSS from /proc) and the CPU time
# the JVM used (user + system, from /proc) once ready, and the load average (`uptime`) at that moment.
# Builds the jar once, then RUNS runs (default 5) of each configuration:
#   fresh    java -jar target/mandate-*.jar on an empty data directory: Flyway creates the schema and
#            the demo province loads (in the background: the time until the health component "demo"
#            is UP is reported as demo_ms)
#   restart  java -jar target/mandate-*.jar on a data directory that already holds the demo province
#   aot      restart, from the extracted jar with the JDK 25 AOT cache (-XX:AOTCache=app.aot)
#   aotfresh fresh, from the extracted jar with the AOT cache
# The AOT cache comes from one training run (-XX:AOTCacheOutput=app.aot: start on a fresh data
# directory, wait for the demo, call a few pages and API endpoints, stop with SIGTERM).
#
# Usage: bench/startup.sh                      (RUNS=5, all four configurations)
#        JAR=/tmp/old.jar DEMO_LOADED='"status":"UP"' CONFIGS=fresh bench/startup.sh   (an earlier build)
#        RUNS=3 SKIP_BUILD=1 CONFIGS="restart aot" JAVA_OPTS="-Xmx256m" bench/startup.sh
# Output: a table on stdout (medians); raw per-run figures in target/bench/startup.tsv.
set -euo pipefail

cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
RUNS="${RUNS:-5}"
JAVA_OPTS="${JAVA_OPTS:-}"
CONFIGS="${CONFIGS:-fresh restart aot aotfresh}"
OUT=target/bench
mkdir -p "$OUT"
WORK="$(mktemp -d /tmp/mandate-startup.XXXXXX)"
APP_PID=""

cleanup() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    echo "building the jar..." >&2
    ./mvnw -q -o -DskipTests package
fi
# a copy, so that a build during the runs cannot change the jar under test
cp "${JAR:-$(ls target/mandate-*.jar | grep -v -- '-plain' | head -1)}" "$WORK/mandate-under-test.jar"
JAR="$WORK/mandate-under-test.jar"
echo "jar: $JAR ($("$JAVA" -version 2>&1 | head -1)), $(nproc) CPUs, $(uptime)" >&2

free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
}

now_ms() { date +%s%3N; }

# start_app LOG PORT DATADIR JAVA_ARGS... ; sets APP_PID
start_app() {
    local log="$1" port="$2" data="$3"
    shift 3
    # shellcheck disable=SC2086
    "$JAVA" $JAVA_OPTS "$@" --server.port="$port" --mandate.data-dir="$data" >"$log" 2>&1 &
    APP_PID=$!
}

# wait_for PORT TIMEOUT_S PATTERN → 0 once /actuator/health matches PATTERN
wait_for() {
    local port="$1" deadline=$(( $(now_ms) + $2 * 1000 )) pattern="$3"
    while (( $(now_ms) < deadline )); do
        if curl -fsS --max-time 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q "$pattern"; then
            return 0
        fi
        kill -0 "$APP_PID" 2>/dev/null || return 1
        sleep 0.02
    done
    return 1
}
READY='"status":"UP"'  # with curl -f: only a 200 (overall UP) counts
# an earlier build without the "demo" health component: DEMO_LOADED='"status":"UP"'
DEMO_LOADED="${DEMO_LOADED:-\"demo\":{\"status\":\"UP\"}}"

stop_app() {
    if [[ -n "$APP_PID" ]]; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
        APP_PID=""
    fi
}

# Extracted layout (the AOT cache needs classes from plain jars on the class path).
EXTRACTED="$WORK/extracted"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$EXTRACTED" >/dev/null
EJAR="$EXTRACTED/$(basename "$JAR")"
AOT="$WORK/app.aot"

# A data directory with the demo province already loaded, for the restart configurations.
LOADED="$WORK/loaded-data"
if [[ " $CONFIGS " == *" restart "* || " $CONFIGS " == *" aot "* ]]; then
    echo "preparing a loaded data directory..." >&2
    port=$(free_port)
    start_app "$OUT/startup-prepare.log" "$port" "$LOADED" -jar "$JAR"
    wait_for "$port" 600 "$DEMO_LOADED" || { echo "preparation run failed" >&2; tail -40 "$OUT/startup-prepare.log" >&2; exit 1; }
    stop_app
fi

if [[ " $CONFIGS " == *" aot"* ]]; then
    echo "AOT training run..." >&2
    port=$(free_port)
    start_app "$OUT/startup-training.log" "$port" "$WORK/training-data" -XX:AOTCacheOutput="$AOT" -jar "$EJAR"
    wait_for "$port" 600 "$DEMO_LOADED" || { echo "training run failed" >&2; tail -50 "$OUT/startup-training.log" >&2; exit 1; }
    for path in / /login /tasks /indicators/board /api/v1/me /api/v1/org-units /v3/api-docs; do
        curl -s -o /dev/null -u admin:demo "http://127.0.0.1:$port$path" || true
    done
    stop_app
    [[ -f "$AOT" ]] || { echo "no AOT cache was written" >&2; tail -30 "$OUT/startup-training.log" >&2; exit 1; }
    echo "AOT cache: $(du -h "$AOT" | cut -f1)" >&2
fi

printf 'config\trun\tready_ms\tdemo_ms\tspring_started_s\trss_mb\tcpu_s\tload1\n' >"$OUT/startup.tsv"
TICKS=$(getconf CLK_TCK)
for config in $CONFIGS; do
    case "$config" in
        fresh) args=(-jar "$JAR") ;;
        restart) args=(-jar "$JAR") ;;
        aot) args=(-XX:AOTCache="$AOT" -jar "$EJAR") ;;
        aotfresh) args=(-XX:AOTCache="$AOT" -jar "$EJAR") ;;
        *) echo "unknown config $config" >&2; exit 2 ;;
    esac
    for run in $(seq 1 "$RUNS"); do
        port=$(free_port)
        data="$WORK/data-$config-$run"
        if [[ "$config" == restart || "$config" == aot ]]; then
            cp -r "$LOADED" "$data"
        fi
        log="$OUT/startup-$config-$run.log"
        t0=$(now_ms)
        start_app "$log" "$port" "$data" "${args[@]}"
        if ! wait_for "$port" "${READY_TIMEOUT:-300}" "$READY"; then
            echo "$config run $run did not become ready" >&2
            tail -40 "$log" >&2
            exit 1
        fi
        ready=$(( $(now_ms) - t0 ))
        rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status")
        # CPU time (user + system) the JVM used to get ready: unlike wall time, it barely depends on
        # what else the (shared) machine is doing
        cpu=$(awk -v t="$TICKS" '{ sub(/^.*\) /, ""); printf "%.1f", ($12 + $13) / t }' "/proc/$APP_PID/stat")
        load=$(cut -d' ' -f1 /proc/loadavg)
        wait_for "$port" "${READY_TIMEOUT:-300}" "$DEMO_LOADED" || { echo "$config run $run: demo not loaded" >&2; exit 1; }
        demo=$(( $(now_ms) - t0 ))
        started=$(grep -o 'Started MandateApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -1 || true)
        stop_app
        printf '%s\t%d\t%d\t%d\t%s\t%d\t%s\t%s\n' "$config" "$run" "$ready" "$demo" "${started:-?}" $(( rss_kb / 1024 )) \
            "$cpu" "$load" >>"$OUT/startup.tsv"
        echo "$config #$run: ready ${ready} ms, demo ${demo} ms, Spring ${started:-?} s, RSS $(( rss_kb / 1024 )) MB, CPU ${cpu} s, load ${load}" >&2
        rm -rf "$data"
    done
done

echo
echo "Start-up on H2 (RUNS=$RUNS, JAVA_OPTS='${JAVA_OPTS}', $(nproc) CPUs), finished at $(uptime)"
awk -F'\t' '
    NR == 1 { next }
    { n[$1]++; r[$1, n[$1]] = $3; d[$1, n[$1]] = $4; s[$1, n[$1]] = $5; m[$1, n[$1]] = $6; u[$1, n[$1]] = $7; l[$1, n[$1]] = $8
      if (!($1 in seen)) { order[++k] = $1; seen[$1] = 1 } }
    function median(arr, c, cnt,   i, j, t, v) {
        for (i = 1; i <= cnt; i++) v[i] = arr[c, i] + 0
        for (i = 1; i <= cnt; i++) for (j = i + 1; j <= cnt; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
        return cnt % 2 ? v[(cnt + 1) / 2] : (v[cnt / 2] + v[cnt / 2 + 1]) / 2
    }
    function maximum(arr, c, cnt,   i, x) { x = arr[c, 1] + 0; for (i = 2; i <= cnt; i++) if (arr[c, i] + 0 > x) x = arr[c, i] + 0; return x }
    END {
        printf "| config | runs | ready median (s) | ready max (s) | demo loaded median (s) | Spring \"Started in\" median (s) | RSS median (MB) | RSS max (MB) | CPU to ready median (s) | load avg median |\n"
        printf "|---|---|---|---|---|---|---|---|---|---|\n"
        for (i = 1; i <= k; i++) {
            c = order[i]
            printf "| %s | %d | %.2f | %.2f | %.2f | %.2f | %d | %d | %.1f | %.1f |\n", c, n[c], median(r, c, n[c]) / 1000,
                maximum(r, c, n[c]) / 1000, median(d, c, n[c]) / 1000, median(s, c, n[c]), median(m, c, n[c]),
                maximum(m, c, n[c]), median(u, c, n[c]), median(l, c, n[c])
        }
    }' "$OUT/startup.tsv"
