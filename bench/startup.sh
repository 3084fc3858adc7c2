#!/usr/bin/env bash
# Start-up benchmark on H2: time from process start to /actuator/health UP, Spring's own
# "Started MandateApplication in X seconds", and resident memory (VmRSS) once ready.
# Each run gets a fresh H2 data directory, so Flyway migrations and the demo data load every time
# (the worst case: a first start). Three configurations, RUNS times each:
#   jar       java -jar target/mandate-*.jar                   (the fat jar, as a newcomer runs it)
#   extracted java -jar <extracted>/mandate-*.jar              (Spring Boot's extracted layout)
#   aot       extracted + -XX:AOTCache=app.aot                  (JDK 25 AOT cache, JEP 483/514/515)
# The AOT cache comes from one training run (-XX:AOTCacheOutput) that starts the application,
# serves a few requests and exits on SIGTERM.
#
# Usage: bench/startup.sh            (RUNS=5, builds the jar first)
#        RUNS=3 SKIP_BUILD=1 JAVA_OPTS="-Xmx256m" bench/startup.sh
# Output: a summary table on stdout; raw per-run figures in target/bench/startup.tsv.
set -euo pipefail

cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
RUNS="${RUNS:-5}"
JAVA_OPTS="${JAVA_OPTS:-}"
CONFIGS="${CONFIGS:-jar extracted aot}"
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
    ./mvnw -q -DskipTests package
fi
JAR="$(ls target/mandate-*.jar | grep -v -- '-plain' | head -1)"
echo "jar: $JAR ($("$JAVA" -version 2>&1 | head -1))" >&2

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

# wait_ready PORT TIMEOUT_S → 0 when health is UP
wait_ready() {
    local port="$1" deadline=$(( $(now_ms) + $2 * 1000 ))
    while (( $(now_ms) < deadline )); do
        if curl -fsS --max-time 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
            return 0
        fi
        kill -0 "$APP_PID" 2>/dev/null || return 1
        sleep 0.02
    done
    return 1
}

stop_app() {
    if [[ -n "$APP_PID" ]]; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
        APP_PID=""
    fi
}

# Extracted layout (needed for the AOT cache: classes must come from plain jars on the class path).
EXTRACTED="$WORK/extracted"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$EXTRACTED" >/dev/null
EJAR="$EXTRACTED/$(basename "$JAR")"
AOT="$WORK/app.aot"

if [[ " $CONFIGS " == *" aot "* ]]; then
    echo "AOT training run..." >&2
    port=$(free_port)
    start_app "$OUT/startup-training.log" "$port" "$WORK/training-data" -XX:AOTCacheOutput="$AOT" -jar "$EJAR"
    wait_ready "$port" 180 || { echo "training run did not become ready" >&2; tail -50 "$OUT/startup-training.log" >&2; exit 1; }
    # exercise a few common paths so their classes are in the cache
    for path in / /login /actuator/health /api/v1/org-units /v3/api-docs; do
        curl -s -o /dev/null -u admin:demo "http://127.0.0.1:$port$path" || true
    done
    stop_app
    [[ -f "$AOT" ]] || { echo "no AOT cache was written" >&2; tail -30 "$OUT/startup-training.log" >&2; exit 1; }
    echo "AOT cache: $(du -h "$AOT" | cut -f1)" >&2
fi

printf 'config\trun\tready_ms\tspring_started_s\trss_mb\tcpu_s\tload1\n' >"$OUT/startup.tsv"
TICKS=$(getconf CLK_TCK)
for config in $CONFIGS; do
    case "$config" in
        jar) args=(-jar "$JAR") ;;
        extracted) args=(-jar "$EJAR") ;;
        aot) args=(-XX:AOTCache="$AOT" -jar "$EJAR") ;;
        *) echo "unknown config $config" >&2; exit 2 ;;
    esac
    for run in $(seq 1 "$RUNS"); do
        port=$(free_port)
        data="$WORK/data-$config-$run"
        log="$OUT/startup-$config-$run.log"
        t0=$(now_ms)
        start_app "$log" "$port" "$data" "${args[@]}"
        if ! wait_ready "$port" "${READY_TIMEOUT:-300}"; then
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
        started=$(grep -o 'Started MandateApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -1 || true)
        stop_app
        printf '%s\t%d\t%d\t%s\t%d\t%s\t%s\n' "$config" "$run" "$ready" "${started:-?}" $(( rss_kb / 1024 )) \
            "$cpu" "$load" >>"$OUT/startup.tsv"
        echo "$config #$run: ready ${ready} ms, Spring ${started:-?} s, RSS $(( rss_kb / 1024 )) MB, CPU ${cpu} s, load ${load}" >&2
        rm -rf "$data"
    done
done

echo
echo "Start-up on H2, fresh data directory each run (RUNS=$RUNS, JAVA_OPTS='${JAVA_OPTS}', $(nproc) CPUs)"
awk -F'\t' '
    NR == 1 { next }
    { n[$1]++; r[$1, n[$1]] = $3; s[$1, n[$1]] = $4; m[$1, n[$1]] = $5; u[$1, n[$1]] = $6; l[$1, n[$1]] = $7; if (!($1 in seen)) { order[++k] = $1; seen[$1] = 1 } }
    function median(arr, c, cnt,   i, j, t, v) {
        for (i = 1; i <= cnt; i++) v[i] = arr[c, i] + 0
        for (i = 1; i <= cnt; i++) for (j = i + 1; j <= cnt; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
        return cnt % 2 ? v[(cnt + 1) / 2] : (v[cnt / 2] + v[cnt / 2 + 1]) / 2
    }
    function maximum(arr, c, cnt,   i, x) { x = arr[c, 1] + 0; for (i = 2; i <= cnt; i++) if (arr[c, i] + 0 > x) x = arr[c, i] + 0; return x }
    END {
        printf "| config | runs | ready median (s) | ready max (s) | Spring \"Started in\" median (s) | RSS median (MB) | RSS max (MB) | CPU to ready median (s) | load avg median |\n"
        printf "|---|---|---|---|---|---|---|---|---|\n"
        for (i = 1; i <= k; i++) {
            c = order[i]
            printf "| %s | %d | %.2f | %.2f | %.2f | %d | %d | %.1f | %.1f |\n", c, n[c], median(r, c, n[c]) / 1000,
                maximum(r, c, n[c]) / 1000, median(s, c, n[c]), median(m, c, n[c]), maximum(m, c, n[c]),
                median(u, c, n[c]), median(l, c, n[c])
        }
    }' "$OUT/startup.tsv"
