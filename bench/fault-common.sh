# Shared by bench/fault-kill-import.sh, bench/two-nodes.sh and bench/soak.sh (sourced, not run):
# a fresh PostgreSQL database, application nodes started from the built jar on it, and clean-up.
# Each node is started with SPRING_PROFILES_ACTIVE=postgres and the demo data (for admin/demo).

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
JAVA="$JAVA_HOME/bin/java"
DB="${DB:-mandate_proof_run}"
JAVA_OPTS="${JAVA_OPTS:-}"
declare -A NODE_PID=()

psql_pg() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 "$@"; }
psql_db() { psql_pg -d "$DB" "$@"; }
rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status" 2>/dev/null || echo 0; }

stop_nodes() {
    local port pid
    for port in "${!NODE_PID[@]}"; do
        pid=${NODE_PID[$port]}
        if kill -0 "$pid" 2>/dev/null; then
            kill -TERM "$pid" 2>/dev/null || true
            for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
            kill -KILL "$pid" 2>/dev/null || true
        fi
        wait "$pid" 2>/dev/null || true
        unset "NODE_PID[$port]"
    done
}
trap stop_nodes EXIT INT TERM

ensure_postgres() {
    if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
        local ver
        ver=$(ls /etc/postgresql | sort -V | tail -1)
        pg_ctlcluster --skip-systemctl-redirect "$ver" main start
        for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
    fi
}

fresh_database() {
    ensure_postgres
    psql_pg -d postgres <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mandate') THEN
    CREATE ROLE mandate LOGIN PASSWORD 'mandate';
  END IF;
END \$\$;
DROP DATABASE IF EXISTS $DB WITH (FORCE);
CREATE DATABASE $DB OWNER mandate;
SQL
}

jar() {
    if [[ "${SKIP_BUILD:-0}" != 1 ]] || ! ls target/mandate-*.jar >/dev/null 2>&1; then
        echo "building the jar..." >&2
        ./mvnw -B -o -q package -DskipTests
    fi
    ls target/mandate-*.jar | grep -v -- '-plain' | head -1
}

# start_node PORT LOG [extra arguments...]: starts a node in the background, records its pid
start_node() {
    local port=$1 log=$2
    shift 2
    # shellcheck disable=SC2086
    SPRING_PROFILES_ACTIVE=postgres \
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
    SPRING_DATASOURCE_USERNAME=mandate SPRING_DATASOURCE_PASSWORD=mandate \
    MANDATE_DEMO_ENABLED=true MANDATE_DATA_DIR="${DATA_DIR:-target/bench/run-data}" \
        "$JAVA" $JAVA_OPTS -jar "$JAR" --server.port="$port" --server.address=127.0.0.1 "$@" >"$log" 2>&1 &
    NODE_PID[$port]=$!
}

# wait_ready PORT LOG: until /actuator/health is UP (demo data loaded: the admin account answers)
wait_ready() {
    local port=$1 log=$2 i
    for i in $(seq 1 600); do
        if curl -fsS --max-time 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"UP"' \
            && curl -fsS -o /dev/null --max-time 10 -u admin:demo "http://127.0.0.1:$port/api/v1/me" 2>/dev/null; then
            return 0
        fi
        kill -0 "${NODE_PID[$port]}" 2>/dev/null || { echo "node $port died" >&2; tail -40 "$log" >&2; return 1; }
        sleep 0.5
    done
    echo "node $port not ready after 300 s" >&2
    return 1
}

# token PORT: a personal access token of admin, issued through the API
token() {
    curl -fsS -u admin:demo -H 'Content-Type: application/json' -d '{"name":"bench","expiresInDays":1}' \
        "http://127.0.0.1:$1/api/v1/me/tokens" | sed -E 's/.*"token" *: *"([^"]+)".*/\1/'
}

# login PORT JAR: signs in as admin by the form, keeping the session cookie in the cookie jar
login() {
    local port=$1 jar=$2 csrf
    rm -f "$jar"
    csrf=$(curl -fsS -c "$jar" -b "$jar" "http://127.0.0.1:$port/login" \
        | sed -nE 's/.*name="_csrf"[^>]*value="([^"]+)".*/\1/p' | head -1)
    curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
        --data-urlencode "username=admin" --data-urlencode "password=demo" --data-urlencode "_csrf=$csrf" \
        "http://127.0.0.1:$port/login"
}
