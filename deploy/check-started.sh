#!/usr/bin/env bash
# Waits until the gateway answers on /api/health with its JSON (HTTP 200, or 503 when a dependency is down: it is
# deployed). Payara itself also answers 503 (HTML) while an application is loading: that does not count.
# Fails when the gateway does not answer within the timeout, e.g. because the configuration is invalid: Payara Micro
# keeps running without the application then, and this check makes systemd mark the start as failed.
# Usage: check-started.sh [health-url] [timeout-seconds]
set -euo pipefail
url=${1:-http://127.0.0.1:8080/api/health}
timeout=${2:-180}
for ((i = 0; i < timeout; i++)); do
  body=$(curl -s --max-time 10 "$url" || true)
  if [[ $body == '{'*'"intakeMailbox"'* ]]; then
    echo "vhk-gateway deployed: $body"
    exit 0
  fi
  sleep 1
done
echo "vhk-gateway did not start within ${timeout} s; see: journalctl -u vhk-gateway" >&2
exit 1
