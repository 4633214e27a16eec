#!/usr/bin/env bash
# Checkout throughput: starts Chit (bootstrap/target/chit.jar, built if missing) on a fresh PostgreSQL
# database, seeds RESTAURANTS restaurants through the API, warms up for WARMUP seconds, drives checkouts
# over HTTP from CONNECTIONS guests for SECONDS_ (all restaurants, then one alone, then a fixed rate of
# half the maximum), then runs pgbench with the same order shape (benchmarks/checkout/pgbench-order.sql)
# on a second fresh database with Chit's schema. Prints orders/s of each, the ratio, p50/p99 latency and
# CPU per order of the server and of PostgreSQL. Both databases are dropped at the end.
# JAR=path: another build of the server, to compare (its schema must take the same pgbench script).
# PROFILE=/tmp/x.collapsed PROFILER=/path/libasyncProfiler.so: the server's CPU profile of the first run.
# DB_KIND=h2: the server on the embedded H2 database instead (bin/chit's default); pgbench as before.
# After pgbench's order, pgbench runs Chit's own statements of one checkout (pgbench-checkout.sql).
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
RESTAURANTS=${RESTAURANTS:-20} CONNECTIONS=${CONNECTIONS:-16} WARMUP=${WARMUP:-20} SECONDS_=${SECONDS_:-15}
PORT=${PORT:-$((20000 + RANDOM % 20000))} PG=${PG:-127.0.0.1:5432} PGUSER_=${PGUSER_:-postgres}
SUFFIX=$(date +%s)_$RANDOM
DB=chit_bench_checkout_$SUFFIX PGBENCH_DB=chit_bench_pgbench_$SUFFIX
ADMIN=admin@bench.chit.local PASSWORD='bench admin password'
SQL=(psql -h "${PG%:*}" -p "${PG#*:}" -U "$PGUSER_" -q -v ON_ERROR_STOP=1)
command -v pgbench >/dev/null || { echo "pgbench is missing: apt-get install postgresql-contrib (or postgresql-client)"; exit 1; }
if [ ! -f bootstrap/target/chit.jar ] || [ ! -f benchmarks/target/benchmarks.jar ]; then
  ./mvnw -B -q package -DskipTests -Dchit.web.skip=true -pl bootstrap,benchmarks -am
fi
"${SQL[@]}" -c "CREATE DATABASE $DB" -c "CREATE DATABASE $PGBENCH_DB" postgres
cleanup() {
  [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true
  [ -n "${DATA_DIR:-}" ] && rm -rf "$DATA_DIR" || true
  "${SQL[@]}" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "DROP DATABASE IF EXISTS $PGBENCH_DB WITH (FORCE)" \
    postgres || true
}
trap cleanup EXIT
[ -n "${STATEMENT_LOG:-}" ] && "${SQL[@]}" -c "ALTER DATABASE $DB SET log_statement = 'all'" postgres
# DB_KIND=h2: the server on bin/chit's embedded default (a fresh data directory); pgbench stays on PostgreSQL.
DATA_DIR=$(mktemp -d /tmp/chit-bench-data-XXXXXX)
[ "${DB_KIND:-postgresql}" = h2 ] && CHIT_URL="" || CHIT_URL="jdbc:postgresql://$PG/$DB"
CHIT_PORT=$PORT CHIT_DB_URL="$CHIT_URL" CHIT_DATA_DIR=$DATA_DIR CHIT_DB_USER=$PGUSER_ CHIT_DEMO_DATA=false \
CHIT_ADMIN_EMAIL=$ADMIN CHIT_ADMIN_PASSWORD=$PASSWORD CHIT_DB_POOL_SIZE=${POOL:-20} \
  "$JAVA_HOME/bin/java" -Xmx${HEAP:-512m} ${JAVA_OPTS:-} -jar "${JAR:-bootstrap/target/chit.jar}" > "${LOG:-/tmp/chit-checkout-bench-$SUFFIX.log}" 2>&1 &
SERVER=$!
for _ in $(seq 1 60); do curl -sf "http://localhost:$PORT/observe/health" >/dev/null && break; sleep 0.5; done
# pgbench's database: Chit's schema as the server just migrated it, and its own restaurants and menus.
if [ -z "$CHIT_URL" ]; then   # a second server migrates the empty PostgreSQL database: pgbench's copy of the schema
  CHIT_PORT=$((PORT + 1)) CHIT_DB_URL="jdbc:postgresql://$PG/$DB" CHIT_DB_USER=$PGUSER_ CHIT_DEMO_DATA=false \
  CHIT_ADMIN_EMAIL=$ADMIN CHIT_ADMIN_PASSWORD=$PASSWORD "$JAVA_HOME/bin/java" -jar "${JAR:-bootstrap/target/chit.jar}" \
    > /dev/null 2>&1 &
  MIGRATOR=$!
  for _ in $(seq 1 60); do curl -sf "http://localhost:$((PORT + 1))/observe/health" >/dev/null && break; sleep 0.5; done
  kill "$MIGRATOR"; wait "$MIGRATOR" 2>/dev/null || true
fi
pg_dump -h "${PG%:*}" -p "${PG#*:}" -U "$PGUSER_" --schema-only "$DB" | "${SQL[@]}" -o /dev/null "$PGBENCH_DB"
"${SQL[@]}" -v restaurants="$RESTAURANTS" -f benchmarks/checkout/pgbench-seed.sql "$PGBENCH_DB"
echo "load before: $(uptime)"
"$JAVA_HOME/bin/java" -Xmx512m -Drestaurants="$RESTAURANTS" -Dconnections="$CONNECTIONS" -Dwarmup="$WARMUP" \
  -Dseconds="$SECONDS_" ${PROFILE:+-Dprofiler="$PROFILER" -Dprofile="$PROFILE"} -Dpg="$PG" -DpgUser="$PGUSER_" -DpgbenchScript=benchmarks/checkout/pgbench-order.sql \
  -cp "benchmarks/target/benchmarks.jar:benchmarks/target/libs/*" dev.chit.benchmarks.checkout.CheckoutLoad \
  "http://localhost:$PORT" "$ADMIN" "$PASSWORD" "$SERVER" "$DB" "$PGBENCH_DB"
echo "load after:  $(uptime)"
