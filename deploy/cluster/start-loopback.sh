#!/usr/bin/env bash
# Starts the whole cluster on this machine, on loopback, and keeps it running until Ctrl-C: 3 MariaDB Galera nodes
# (ports 4401-4403, data in /work/db/galera or $GALERA_DIR), GreenMail (free ports, printed), 2 Payara Micro instances
# (free ports, printed) with config/demo.properties and a sequential JDBC URL over the three nodes.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec mvn -o -q -Pcluster -Dvhk.cluster.mode=run "$@"
