#!/usr/bin/env bash
# Start-up and idle memory: starts the packaged server (bootstrap/target/chit.jar) RUNS times on a
# fresh embedded H2 database (or on a fresh PostgreSQL database with PG=host:port), and prints the
# time from launch to the first healthy answer of /observe/health and the resident memory (RSS,
# /proc/PID/status) IDLE seconds later. JAVA_OPTS go to the server's JVM, e.g. a class-data archive:
#   JAVA_OPTS=-XX:SharedArchiveFile=/tmp/chit.jsa (made with -XX:ArchiveClassesAtExit=/tmp/chit.jsa; see
#   benchmarks/README.md), or on JDK 25 -XX:AOTCache=/tmp/chit.aot (made with -XX:AOTCacheOutput=...).
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
RUNS=${RUNS:-3} IDLE=${IDLE:-10} PGUSER_=${PGUSER_:-postgres}
for run in $(seq 1 "$RUNS"); do
  PORT=$((20000 + RANDOM % 20000)) DIR=$(mktemp -d) DB=""
  if [ -n "${PG:-}" ]; then
    DB=chit_bench_startup_$(date +%s)_$RANDOM
    psql -h "${PG%:*}" -p "${PG#*:}" -U "$PGUSER_" -q -c "CREATE DATABASE $DB" postgres
    export CHIT_DB_URL="jdbc:postgresql://$PG/$DB" CHIT_DB_USER=$PGUSER_
  fi
  START=$(date +%s%N)
  CHIT_PORT=$PORT CHIT_DATA_DIR=$DIR CHIT_DEMO_DATA=${DEMO:-false} \
    "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -jar bootstrap/target/chit.jar > "$DIR/server.log" 2>&1 &
  SERVER=$!
  until curl -sf "http://localhost:$PORT/observe/health" >/dev/null; do sleep 0.02; done
  READY=$(( ($(date +%s%N) - START) / 1000000 ))
  sleep "$IDLE"
  RSS=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$SERVER/status")
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
  echo "run $run: serving after $READY ms; idle RSS after ${IDLE} s: $RSS MB (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  rm -rf "$DIR"
  [ -n "$DB" ] && psql -h "${PG%:*}" -p "${PG#*:}" -U "$PGUSER_" -q -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" postgres
done
