#!/usr/bin/env bash
# Starts the packaged gateway in sandbox mode (in-process RongCloud emulator), waits for its gRPC port, runs
# the Node example against it and stops the gateway, whatever happens. Needs `mvn -B verify` (or package)
# to have built infra/app/target/quarkus-app/quarkus-run.jar, Node 18+ and npm.
#   GRPC_PORT=9000 HTTP_PORT=8080 examples/run-node-example.sh
set -euo pipefail
cd "$(dirname "$0")/.."

GRPC_PORT="${GRPC_PORT:-9000}"
HTTP_PORT="${HTTP_PORT:-8080}"
JAR=infra/app/target/quarkus-app/quarkus-run.jar
LOG=infra/app/target/sandbox-gateway.log
test -f "$JAR" || { echo "missing $JAR: run mvn -B verify first" >&2; exit 1; }

java -Dquarkus.profile=sandbox -Dquarkus.grpc.server.port="$GRPC_PORT" -Dquarkus.http.port="$HTTP_PORT" \
  -jar "$JAR" >"$LOG" 2>&1 &
GATEWAY_PID=$!
stop_gateway() {
  if kill -0 "$GATEWAY_PID" 2>/dev/null; then
    kill "$GATEWAY_PID"
    for _ in $(seq 1 20); do kill -0 "$GATEWAY_PID" 2>/dev/null || return 0; sleep 0.5; done
    kill -9 "$GATEWAY_PID" 2>/dev/null || true
  fi
}
trap stop_gateway EXIT

echo "== waiting for the sandbox gateway on port $GRPC_PORT (pid $GATEWAY_PID)"
ready=false
for _ in $(seq 1 120); do
  if ! kill -0 "$GATEWAY_PID" 2>/dev/null; then
    echo "the gateway exited during start-up:" >&2; tail -50 "$LOG" >&2; exit 1
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$GRPC_PORT") 2>/dev/null; then ready=true; break; fi
  sleep 0.5
done
if [ "$ready" != true ]; then
  echo "the gateway did not open port $GRPC_PORT within 60 s:" >&2; tail -50 "$LOG" >&2; exit 1
fi

echo "== node example ($(node --version), npm $(npm --version))"
(cd examples/node && npm ci --no-audit --no-fund && GATEWAY_ADDRESS="127.0.0.1:$GRPC_PORT" node client.js)
