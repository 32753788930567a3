#!/usr/bin/env bash
# Release check of issue 12 on the loopback cluster (deploy/cluster/README.md): builds the WAR, starts 3 Galera
# nodes, GreenMail and 2 Payara Micro instances, mails 300 cards while killing the intake leader (SIGKILL) and the
# Galera node in use (SIGKILL, then rejoin), checks exactly-once delivery, an empty INBOX and the takeover time, then
# the SIGSTOP split brain. Exit code 0 only when every check passed. Needs root (the Galera nodes run as mysql).
# Options are passed to Maven, e.g. -Dvhk.cluster.cards=300 -Dvhk.cluster.lease-seconds=15.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec mvn -o -q -Pcluster "$@"
