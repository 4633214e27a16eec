#!/usr/bin/env bash
# The statements of one checkout: starts Chit on a fresh PostgreSQL database with log_statement = 'all'
# (set on that database only), makes a restaurant with a three-item menu, places a first order (which
# fills the caches), then a second one, and prints what PostgreSQL logged for the second from the
# server's log (LOGFILE, readable by this user). The database is dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bin/jdk.sh
PORT=${PORT:-$((20000 + RANDOM % 20000))} PG=${PG:-127.0.0.1:5432} PGUSER_=${PGUSER_:-postgres}
LOGFILE=${LOGFILE:-/var/log/postgresql/postgresql-15-main.log}
DB=chit_bench_statements_$(date +%s)_$RANDOM
ADMIN=admin@bench.chit.local PASSWORD='bench admin password'
SQL=(psql -h "${PG%:*}" -p "${PG#*:}" -U "$PGUSER_" -q -v ON_ERROR_STOP=1)
"${SQL[@]}" -c "CREATE DATABASE $DB" -c "ALTER DATABASE $DB SET log_statement = 'all'" postgres
cleanup() {
  [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true
  "${SQL[@]}" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" postgres || true
}
trap cleanup EXIT
CHIT_PORT=$PORT CHIT_DB_URL="jdbc:postgresql://$PG/$DB" CHIT_DB_USER=$PGUSER_ CHIT_DEMO_DATA=false \
CHIT_ADMIN_EMAIL=$ADMIN CHIT_ADMIN_PASSWORD=$PASSWORD \
  "$JAVA_HOME/bin/java" -jar bootstrap/target/chit.jar > /tmp/chit-statements-$$.log 2>&1 &
SERVER=$!
URL=http://localhost:$PORT
for _ in $(seq 1 60); do curl -sf "$URL/observe/health" >/dev/null && break; sleep 0.5; done
json() { curl -sf -H 'Content-Type: application/json' "$@"; }
TOKEN=$(json -X POST "$URL/api/v1/auth/login" -d "{\"email\":\"$ADMIN\",\"password\":\"$PASSWORD\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/')
RID=$(json -X POST "$URL/api/v1/restaurants" -H "Authorization: Bearer $TOKEN" \
  -d '{"name":"Statements","currency":"USD","timezone":"America/New_York","taxRateBasisPoints":887}' \
  | sed 's/^{"id":"\([^"]*\)".*/\1/')
json -X PUT "$URL/api/v1/restaurants/$RID/menu" -H "Authorization: Bearer $TOKEN" -o /dev/null \
  -d '{"categories":[{"name":"Mains","items":[{"name":"Burger","price":1500},{"name":"Fries","price":450},{"name":"Lemonade","price":350}]}]}'
ITEMS=$(json "$URL/api/v1/restaurants/$RID/menu" | grep -o '"id":"[^"]*","name":"\(Burger\|Fries\|Lemonade\)"' | sed 's/"id":"\([^"]*\)".*/\1/')
LINES=$(for item in $ITEMS; do printf '{"menuItemId":"%s","quantity":1},' "$item"; done)
ORDER="{\"restaurantId\":\"$RID\",\"customer\":{\"name\":\"Log Guest\",\"email\":\"guest@example.com\"},\"lines\":[${LINES%,}],\"fulfillment\":{\"type\":\"PICKUP\"},\"payment\":{\"method\":\"card\",\"token\":\"tok_visa\"}}"
json -X POST "$URL/api/v1/orders" -H "Idempotency-Key: first-$$" -d "$ORDER" -o /dev/null
sleep 1
"${SQL[@]}" -c "SELECT 'one checkout starts here'" "$DB" > /dev/null
json -X POST "$URL/api/v1/orders" -H "Idempotency-Key: second-$$" -d "$ORDER" -o /dev/null
sleep 1
"${SQL[@]}" -c "SELECT 'one checkout ends here'" "$DB" > /dev/null
awk -v db="@$DB " 'index($0, db) { keep = 1; line = $0 } !index($0, db) && /^[0-9]{4}-/ { keep = 0 } keep' "$LOGFILE" \
  | sed -n '/one checkout starts here/,/one checkout ends here/p' | grep -v 'checkout .* here' > /tmp/chit-one-checkout-$$.log || true
grep -v '^\s' /tmp/chit-one-checkout-$$.log | sed 's/^.*LOG: *//' | cut -c1-160
echo "--- $(grep -c 'LOG:  \(statement\|execute\)' /tmp/chit-one-checkout-$$.log) statements," \
  "$(grep -ci 'LOG:  \(statement\|execute [^:]*\): *\(BEGIN\|COMMIT\)' /tmp/chit-one-checkout-$$.log) BEGIN/COMMIT," \
  "$(grep -c 'pg_catalog' /tmp/chit-one-checkout-$$.log) catalog queries (full log: /tmp/chit-one-checkout-$$.log)"
