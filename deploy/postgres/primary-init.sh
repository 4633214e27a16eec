#!/usr/bin/env bash
# Runs once, when the primary's data directory is created: a user for the standby's streaming
# replication, allowed in from the compose network.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD '${CHIT_REPLICATION_PASSWORD:-change-me-too}';
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
