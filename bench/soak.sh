#!/usr/bin/env bash
# Mixed-load soak (issue 13, section 5): pages and API calls for DURATION on PostgreSQL, reporting
# the error count, p99 and the node's memory (RSS and heap sampled every SAMPLE seconds).
#
#  1. fresh database mandate_proof_run; one node (demo data) on PORT,
#  2. signs in as admin by the form (session cookie) and issues a personal access token,
#  3. writes the mix (bench/soak.lua reads it): the pages officials open most (home, task list,
#     programme, indicator board, entry grid, org tree, my work) and the API reads (tasks, task
#     statistics, indicators, targets, data values, org units, people), a page and an API call in turn,
#  4. 1 minute of warm-up, then wrk -t THREADS -c CONNECTIONS for DURATION with RSS and heap
#     samples; memory is "flat" when the last quarter's mean RSS is within FLAT_PERCENT of the
#     second quarter's.
#
# Usage: bench/soak.sh                 (DURATION=30m THREADS=2 CONNECTIONS=8 SAMPLE=10 PORT=8093)
#        SKIP_BUILD=1 DURATION=3m bench/soak.sh
# Output: stdout, plus target/bench/soak/{node.log,wrk.txt,memory.tsv,result.txt}.
set -euo pipefail
source "$(dirname "$0")/fault-common.sh"

DURATION="${DURATION:-30m}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-8}"
SAMPLE="${SAMPLE:-10}"
PORT="${PORT:-8093}"
FLAT_PERCENT="${FLAT_PERCENT:-10}"
OUT=target/bench/soak
mkdir -p "$OUT"
BASE="http://127.0.0.1:$PORT"
command -v wrk >/dev/null || apt-get install -y wrk >&2

JAR=$(jar)
fresh_database
DATA_DIR="$OUT/data"
rm -rf "$DATA_DIR"
start_node "$PORT" "$OUT/node.log"
wait_ready "$PORT" "$OUT/node.log"
PID=${NODE_PID[$PORT]}
login "$PORT" "$OUT/cookies.txt" >/dev/null
SESSION=$(awk '$6 == "SESSION" {print $7}' "$OUT/cookies.txt")
[[ -n "$SESSION" ]] || { echo "no session cookie" >&2; exit 1; }
TOKEN=$(token "$PORT")

cat >"$OUT/mix.txt" <<MIX
page /
api /api/v1/tasks?limit=50
page /tasks
api /api/v1/tasks/stats?unit=VP
page /tasks?leadUnit=VP.STC
api /api/v1/indicators
page /programme
api /api/v1/targets?unit=VP.VY
page /indicators/board?unit=VP&year=2025
api /api/v1/data-values?unit=VP.VY&period=2025
page /indicators/entry?unit=VP.VY&period=2025
api /api/v1/org-units?root=VP
page /org/units
api /api/v1/people?unit=VP
page /my-work
api /api/v1/tasks?leadUnit=VP.VY&limit=20
page /statistics?unit=VP
api /api/v1/assessments?year=2025&unit=VP
MIX
for line in $(sed 's/ /|/' "$OUT/mix.txt"); do  # every request of the mix answers 200 before the run
    kind=${line%%|*}; path=${line#*|}
    if [[ $kind == api ]]; then h="Authorization: Bearer $TOKEN"; else h="Cookie: SESSION=$SESSION"; fi
    code=$(curl -sS -o /dev/null -w '%{http_code}' -H "$h" "$BASE$path")
    [[ "$code" == 200 ]] || { echo "$kind $path answers $code" >&2; exit 1; }
done

heap_mb() {
    curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/actuator/metrics/jvm.memory.used?tag=area:heap" 2>/dev/null \
        | sed -nE 's/.*"value" *: *([0-9.E+]+).*/\1/p' | awk '{printf "%d", $1 / 1048576}'
}
echo "warming up for 60 s..." >&2
wrk -t"$THREADS" -c"$CONNECTIONS" -d60s -s bench/soak.lua "$BASE" -- "$OUT/mix.txt" "SESSION=$SESSION" "$TOKEN" >"$OUT/warmup.txt"

echo "soak: $DURATION, $THREADS threads, $CONNECTIONS connections..." >&2
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
printf 'seconds\trss_mb\theap_mb\tload1\n' >"$OUT/memory.tsv"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s bench/soak.lua "$BASE" \
    -- "$OUT/mix.txt" "SESSION=$SESSION" "$TOKEN" >"$OUT/wrk.txt" &
WRK=$!
T0=$(date +%s)
while kill -0 "$WRK" 2>/dev/null; do
    printf '%d\t%s\t%s\t%s\n' $(( $(date +%s) - T0 )) "$(rss_mb "$PID")" "$(heap_mb)" "$(cut -d' ' -f1 /proc/loadavg)" \
        >>"$OUT/memory.tsv"
    sleep "$SAMPLE"
done
wait "$WRK"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
ALIVE=$(curl -fsS "$BASE/actuator/health" | grep -q '"UP"' && echo yes || echo no)
ERRORS_LOGGED=$(grep -c ' ERROR ' "$OUT/node.log" || true)

RESULT=$(grep '^RESULT' "$OUT/wrk.txt")
MEM=$(awk -F'\t' -v flat="$FLAT_PERCENT" 'NR > 1 { n++; rss[n] = $2; heap[n] = $3 }
    END {
        q = int(n / 4); if (q < 1) q = 1
        for (i = q + 1; i <= 2 * q; i++) { s2 += rss[i]; c2++ }
        for (i = n - q + 1; i <= n; i++) { s4 += rss[i]; c4++ }
        m2 = s2 / c2; m4 = s4 / c4; min = max = rss[1]
        for (i = 1; i <= n; i++) { if (rss[i] < min) min = rss[i]; if (rss[i] > max) max = rss[i] }
        growth = (m4 - m2) / m2 * 100
        printf "rss_first_mb=%d rss_min_mb=%d rss_max_mb=%d rss_last_mb=%d q2_mean_mb=%.0f q4_mean_mb=%.0f growth_pct=%.1f heap_last_mb=%s flat=%s",
            rss[1], min, max, rss[n], m2, m4, growth, heap[n], (growth <= flat ? "yes" : "no")
    }' "$OUT/memory.tsv")
{
    echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  machine: $(nproc) cores  load before: $LOAD_BEFORE  after: $LOAD_AFTER"
    echo "soak: $DURATION, $THREADS threads, $CONNECTIONS connections, mix of $(wc -l <"$OUT/mix.txt") requests (pages with a session, API with a token)"
    grep -E '^p[0-9]' "$OUT/wrk.txt"
    echo "$RESULT"
    echo "memory: $MEM"
    echo "node alive and UP after the soak: $ALIVE; ERROR lines in its log: $ERRORS_LOGGED"
} | tee "$OUT/result.txt"
grep -q 'non2xx3xx=0 connect=0 read=0 write=0 timeout=0' <<<"$RESULT" && grep -q 'flat=yes' <<<"$MEM" && [[ "$ALIVE" == yes ]]
