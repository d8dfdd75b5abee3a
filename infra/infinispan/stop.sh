#!/usr/bin/env bash
# Stops the Infinispan nodes that start.sh started (by the pids it recorded); idempotent.
# INFINISPAN_NODE=N stops only node N.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for pidfile in "$here"/target/node${INFINISPAN_NODE:-*}/server.pid; do
  [ -f "$pidfile" ] || continue
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for ((i = 0; i < 80; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "infinispan: stopped pid $pid ($(basename "$(dirname "$pidfile")"))"
  fi
  rm -f "$pidfile"
done
exit 0
