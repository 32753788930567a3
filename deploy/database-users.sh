#!/usr/bin/env bash
# Creates the gateway's two database users from deploy/database-users.sql (run as a MariaDB administrator).
# Usage: DB=vhk MIGRATION_PASSWORD=... RUNTIME_PASSWORD=... deploy/database-users.sh [mysql options]
# Optional: MIGRATION_USER (vhk_migrate), RUNTIME_USER (vhk), RUNTIME_ROLE (vhk_runtime), HOSTS ("127.0.0.1 localhost").
set -euo pipefail
DB=${DB:-vhk}; MIGRATION_USER=${MIGRATION_USER:-vhk_migrate}; RUNTIME_USER=${RUNTIME_USER:-vhk}
RUNTIME_ROLE=${RUNTIME_ROLE:-vhk_runtime}; HOSTS=${HOSTS:-"127.0.0.1 localhost"}
: "${MIGRATION_PASSWORD:?set MIGRATION_PASSWORD}" "${RUNTIME_PASSWORD:?set RUNTIME_PASSWORD}"
for value in "$DB" "$MIGRATION_USER" "$RUNTIME_USER" "$RUNTIME_ROLE" "$MIGRATION_PASSWORD" "$RUNTIME_PASSWORD"; do
  [[ $value =~ ^[A-Za-z0-9_]+$ ]] || { echo "names and passwords: letters, digits, underscore" >&2; exit 2; }
done
SQL=$(dirname "$0")/database-users.sql
for HOST in $HOSTS; do
  sed -e "s/\${database}/$DB/g" -e "s/\${migration_user}/$MIGRATION_USER/g" -e "s/\${runtime_user}/$RUNTIME_USER/g" \
      -e "s/\${runtime_role}/$RUNTIME_ROLE/g" -e "s/\${host}/$HOST/g" \
      -e "s/\${migration_password}/$MIGRATION_PASSWORD/g" -e "s/\${runtime_password}/$RUNTIME_PASSWORD/g" "$SQL"
done | mysql "$@"
echo "Users $MIGRATION_USER and $RUNTIME_USER (role $RUNTIME_ROLE) ready on database $DB"
