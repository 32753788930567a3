#!/usr/bin/env bash
# Waits until the gateway answers on /api/health (HTTP 200, or 503 when a dependency is down: it is deployed).
# Fails when it does not answer within the timeout, e.g. because the configuration is invalid: Payara Micro keeps
# running without the application then, and this check makes systemd mark the start as failed.
# Usage: check-started.sh [health-url] [timeout-seconds]
set -euo pipefail
url=${1:-http://127.0.0.1:8080/api/health}
timeout=${2:-180}
for ((i = 0; i < timeout; i++)); do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$url" || true)
  case "$code" in
    200|503) echo "vhk-gateway deployed (health: HTTP $code)"; exit 0 ;;
  esac
  sleep 1
done
echo "vhk-gateway did not start within ${timeout} s; see: journalctl -u vhk-gateway" >&2
exit 1
