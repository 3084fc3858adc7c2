#!/usr/bin/env bash
# Two application nodes on one PostgreSQL (issue 13, section 5): a session survives the loss of a
# node, and each scheduled job runs once per tick across the nodes.
#
#  1. fresh database mandate_proof_run; node A on PORT_A starts first (loads the demo data), then
#     node B on PORT_B; both with every scheduled job's cron set to CRON (every 2 minutes: longer
#     than the jobs' one-minute lockAtLeastFor) and ShedLock's DEBUG log, which says on each tick
#     which node took the lock and which skipped,
#  2. signs in as admin by the form on node A (Spring Session JDBC cookie), reads /me there,
#  3. lets MINUTES_BOTH minutes pass with both nodes up, then kill -9s node A,
#  4. with the same cookie: GET /me and a CSRF-protected POST /me/language on node B,
#  5. lets MINUTES_AFTER more minutes pass with node B alone, then counts, per job and per tick, the
#     nodes that ran it (log lines "Locked '<job>'") and the reminder runs recorded in
#     notification_run: each tick must have exactly one run.
#
# Usage: bench/two-nodes.sh              (PORT_A=8081 PORT_B=8082 MINUTES_BOTH=4 MINUTES_AFTER=3)
#        SKIP_BUILD=1 bench/two-nodes.sh
# Output: stdout, plus target/bench/two-nodes/{node-a.log,node-b.log,result.txt}.
set -euo pipefail
source "$(dirname "$0")/fault-common.sh"

PORT_A="${PORT_A:-8081}"
PORT_B="${PORT_B:-8082}"
MINUTES_BOTH="${MINUTES_BOTH:-4}"
MINUTES_AFTER="${MINUTES_AFTER:-3}"
CRON="${CRON:-0 */2 * * * *}"
OUT=target/bench/two-nodes
mkdir -p "$OUT"
COOKIES="$OUT/cookies.txt"
JOBS=(notification.reminders delivery.task-tally-compaction document.orphan-files)

JAR=$(jar)
fresh_database
DATA_DIR="$OUT/data"
rm -rf "$DATA_DIR"
NODE_ARGS=(--logging.level.net.javacrumbs.shedlock=DEBUG "--mandate.notification.cron=$CRON"
           "--mandate.delivery.tally-compaction-cron=$CRON" "--mandate.files.cleanup-cron=$CRON")
start_node "$PORT_A" "$OUT/node-a.log" "${NODE_ARGS[@]}"
wait_ready "$PORT_A" "$OUT/node-a.log"
start_node "$PORT_B" "$OUT/node-b.log" "${NODE_ARGS[@]}"
wait_ready "$PORT_B" "$OUT/node-b.log"
echo "both nodes ready" >&2

me() { curl -sS -o "$OUT/me-$1.html" -w '%{http_code}' -b "$COOKIES" -c "$COOKIES" "http://127.0.0.1:$1/me"; }
SIGNIN=$(login "$PORT_A" "$COOKIES")
ME_A=$(me "$PORT_A")
grep -q 'admin' "$OUT/me-$PORT_A.html" || ME_A="$ME_A (page without the username)"
echo "signed in on A: $SIGNIN; GET /me on A: $ME_A" >&2

next_minute() { # seconds until 5 s after the next minute
    echo $(( 65 - 10#$(date +%S) ))
}
wait_minutes() {
    local n=$1 i
    for ((i = 0; i < n; i++)); do sleep "$(next_minute)"; done
}
wait_minutes "$MINUTES_BOTH"

kill -KILL "${NODE_PID[$PORT_A]}"
wait "${NODE_PID[$PORT_A]}" 2>/dev/null || true
unset "NODE_PID[$PORT_A]"
KILLED_AT=$(date -u +%H:%M:%S)
echo "node A killed at $KILLED_AT" >&2

ME_B=$(me "$PORT_B")
grep -q 'admin' "$OUT/me-$PORT_B.html" || ME_B="$ME_B (page without the username)"
CSRF=$(sed -nE 's/.*name="_csrf" content="([^"]+)".*/\1/p' "$OUT/me-$PORT_B.html" | head -1)
LANG_B=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -b "$COOKIES" -c "$COOKIES" \
    --data-urlencode "locale=vi" --data-urlencode "_csrf=$CSRF" "http://127.0.0.1:$PORT_B/me/language")
echo "same cookie on B: GET /me $ME_B; POST /me/language $LANG_B" >&2

wait_minutes "$MINUTES_AFTER"

{
    echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  machine: $(nproc) cores  load: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "session: signed in on A ($SIGNIN), GET /me on A $ME_A; A killed at $KILLED_AT; on B with the same cookie: GET /me $ME_B, POST /me/language $LANG_B"
    echo
    echo "| job | tick (UTC) | ran on A | ran on B | skipped (locked) |"
    echo "|---|---|--:|--:|--:|"
} >"$OUT/result.txt"
double=0
missing=0
for job in "${JOBS[@]}"; do
    ticks=$(cat "$OUT/node-a.log" "$OUT/node-b.log" | grep -E "(Locked|Not executing) '$job'" \
        | sed -E 's/^[0-9-]+T([0-9]{2}:[0-9]{2}).*/\1/' | sort -u)
    for t in $ticks; do
        a=$(grep -cE "T$t:.*Locked '$job'" "$OUT/node-a.log" || true)
        b=$(grep -cE "T$t:.*Locked '$job'" "$OUT/node-b.log" || true)
        s=$(cat "$OUT/node-a.log" "$OUT/node-b.log" | grep -cE "T$t:.*Not executing '$job'" || true)
        echo "| $job | $t | $a | $b | $s |" >>"$OUT/result.txt"
        if (( a + b > 1 )); then double=$((double + 1)); fi
        if (( a + b == 0 )); then missing=$((missing + 1)); fi
    done
done
RUNS=$(psql_db -At -F ' x' -c "SELECT to_char(started_at AT TIME ZONE 'UTC', 'HH24:MI') AS minute, count(*)
    FROM notification_run GROUP BY minute ORDER BY minute" | tr '\n' ' ')
ok=yes
[[ "$ME_A" == 200 && "$ME_B" == 200 && "$LANG_B" == 302* ]] || ok=no
(( double == 0 && missing == 0 )) || ok=no
{
    echo
    echo "reminder runs recorded (notification_run, by minute): $RUNS"
    echo "ticks with a job run twice: $double; ticks where no node ran a job: $missing"
    echo "session survives, each job once per tick: $ok"
} >>"$OUT/result.txt"
cat "$OUT/result.txt"
[[ "$ok" == yes ]]
