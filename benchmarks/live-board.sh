#!/usr/bin/env bash
# The live board under load: starts Chit (bootstrap/target/chit.jar) on a fresh PostgreSQL database,
# opens CLIENTS WebSocket boards on RESTAURANTS restaurants, places RATE orders a second over HTTP for
# SECONDS, and prints the lag from each order's commit to each board's frame (p50, p99, max) and the
# frames per second. Build first: ./mvnw -B -q package -DskipTests -pl bootstrap,benchmarks -am
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
RESTAURANTS=${RESTAURANTS:-100} CLIENTS=${CLIENTS:-1000} RATE=${RATE:-100} SECONDS_=${SECONDS_:-60}
PORT=${PORT:-18090} PG=${PG:-127.0.0.1:5432} PGUSER_=${PGUSER_:-postgres}
DB=chit_bench_live_$$
ADMIN=admin@bench.chit.local PASSWORD='bench admin password'
psql -h "${PG%:*}" -p "${PG#*:}" -U "$PGUSER_" -q -c "CREATE DATABASE $DB" postgres
cleanup() {
  [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true
  psql -h "${PG%:*}" -p "${PG#*:}" -U "$PGUSER_" -q -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" postgres || true
}
trap cleanup EXIT
CHIT_PORT=$PORT CHIT_DB_URL="jdbc:postgresql://$PG/$DB" CHIT_DB_USER=$PGUSER_ CHIT_DEMO_DATA=false \
CHIT_ADMIN_EMAIL=$ADMIN CHIT_ADMIN_PASSWORD=$PASSWORD CHIT_DB_POOL_SIZE=${POOL:-20} \
  "$JAVA_HOME/bin/java" -Xmx1g -jar bootstrap/target/chit.jar > "${LOG:-/tmp/chit-live-bench.log}" 2>&1 &
SERVER=$!
for _ in $(seq 1 60); do curl -sf "http://localhost:$PORT/observe/health" >/dev/null && break; sleep 1; done
"$JAVA_HOME/bin/java" -Xmx1g -cp "benchmarks/target/benchmarks.jar:benchmarks/target/libs/*" \
  dev.chit.benchmarks.live.LiveBoardLoad "http://localhost:$PORT" "$ADMIN" "$PASSWORD" \
  "$RESTAURANTS" "$CLIENTS" "$RATE" "$SECONDS_"
curl -s "http://localhost:$PORT/observe/metrics" | grep -E '^chit_live' | grep -v '^#' || true
