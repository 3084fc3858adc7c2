#!/usr/bin/env bash
# API authentication under load (H2, demo data): wrk with C connections (default 64) for D seconds
# (default 30) against GET /api/v1/me/tokens (one small read-only transaction), authenticated by
#   basic-nocache  HTTP Basic, remembered passwords off (every request pays BCrypt, ~100 ms of CPU)
#   basic          HTTP Basic as configured (a verified password is remembered for 5 minutes)
#   token          a personal access token (Authorization: Bearer …)
#   basic-before   HTTP Basic on BEFORE_JAR (a jar built from an earlier commit), when given
# Prints requests/s, p50/p99 latency, non-2xx answers and the "Connection is not available" errors
# in the application log, and the load average (`uptime`) before each run.
#
# Usage: bench/api-auth.sh                       (builds the jar unless SKIP_BUILD=1)
#        BEFORE_JAR=/tmp/mandate-old.jar CONNECTIONS=64 DURATION=30 POOL=10 bench/api-auth.sh
# Needs wrk (Debian: apt-get install -y wrk).
set -euo pipefail

cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
CONNECTIONS="${CONNECTIONS:-64}"
DURATION="${DURATION:-30}"
POOL="${POOL:-10}"
JAVA_OPTS="${JAVA_OPTS:-}"
CONFIGS="${CONFIGS:-basic-before basic-nocache basic token}"
OUT=target/bench
mkdir -p "$OUT"
WORK="$(mktemp -d /tmp/mandate-api-auth.XXXXXX)"
APP_PID=""
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

cleanup() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    ./mvnw -q -o -DskipTests package
fi
# a copy, so that a build during the runs cannot change the jar under test
cp "$(ls target/mandate-*.jar | grep -v -- '-plain' | head -1)" "$WORK/"
JAR="$(ls "$WORK"/mandate-*.jar | head -1)"
PORT=$((20000 + RANDOM % 20000))
BASE="http://127.0.0.1:$PORT"

start_app() { # JAR LOG ARGS...
    local jar="$1" log="$2"
    shift 2
    # shellcheck disable=SC2086
    "$JAVA" $JAVA_OPTS -jar "$jar" --server.port="$PORT" --mandate.data-dir="$WORK/data" \
        --spring.datasource.hikari.maximum-pool-size="$POOL" "$@" >"$log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 3000); do
        if curl -fsS --max-time 2 "$BASE/actuator/health" 2>/dev/null | grep -q "${READY_PATTERN:-\"demo\":{\"status\":\"UP\"}}"; then
            return 0
        fi
        kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$log" >&2; exit 1; }
        sleep 0.1
    done
    echo "not ready" >&2
    exit 1
}

stop_app() {
    kill -TERM "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}

# run NAME HEADER LOG
run() {
    local name="$1" header="$2" log="$3" load result
    # warm up (JIT, and the remembered password where it applies)
    wrk -t2 -c4 -d5s -H "$header" "$BASE/api/v1/me/tokens" >/dev/null 2>&1 || true
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    result=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 60s --latency -H "$header" "$BASE/api/v1/me/tokens" 2>&1)
    local rps p50 p99 non2xx errors starved
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$result")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$result")
    non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$result")
    errors=$(awk '/Socket errors/ {print $0}' <<<"$result")
    starved=$(grep -c "Connection is not available" "$log" || true)
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$CONNECTIONS" "$rps" "$p50" "$p99" "${non2xx:-0}" \
        "$starved" "$load" | tee -a "$OUT/api-auth.md"
    [[ -z "$errors" ]] || echo "  wrk: $errors" >&2
}

BASIC="Authorization: Basic $(printf 'vinhyen:demo' | base64)"
: >"$OUT/api-auth.md"
echo "| auth | connections | requests/s | p50 | p99 | non-2xx | pool starved (log) | load 1/5/15 min before |" | tee -a "$OUT/api-auth.md"
echo "|---|---|---|---|---|---|---|---|" | tee -a "$OUT/api-auth.md"

# a data directory with the demo province, shared by all runs
start_app "$JAR" "$OUT/api-auth-prepare.log"
stop_app

for config in $CONFIGS; do
    log="$OUT/api-auth-$config.log"
    case "$config" in
        basic-before)
            [[ -n "${BEFORE_JAR:-}" ]] || continue
            READY_PATTERN='"status":"UP"' start_app "$BEFORE_JAR" "$log"
            run "$config" "$BASIC" "$log" ;;
        basic-nocache)
            start_app "$JAR" "$log" --mandate.security.password.verified-cache-ttl=0s
            run "$config" "$BASIC" "$log" ;;
        basic)
            start_app "$JAR" "$log"
            run "$config" "$BASIC" "$log" ;;
        token)
            start_app "$JAR" "$log"
            token=$(curl -fsS -u vinhyen:demo -H 'Content-Type: application/json' -d '{"name":"bench","expiresInDays":1}' \
                "$BASE/api/v1/me/tokens" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
            [[ -n "$token" ]] || { echo "no token issued" >&2; exit 1; }
            run "$config" "Authorization: Bearer $token" "$log" ;;
        *) echo "unknown config $config" >&2; exit 2 ;;
    esac
    stop_app
done
