#!/usr/bin/env bash
# Benchmarks side by side (issue 12): builds what it needs (-Pbench), starts an Infinispan server on loopback
# for the cluster-quota scenario, runs every scenario (JMH hot paths; the official SDK vs the gateway against one
# emulator; cached vs uncached reads; quota accuracy with 1-3 gateway processes; footprint), prints the table and
# writes docs/benchmarks/<date>.md and .csv. Stops everything it started on exit (trap). ~8-10 min on 2 cores.
#
#   benchmarks/run.sh
#
# Environment (all optional):
#   BENCH_SKIP_BUILD=1          reuse the built jars (infra/app/target/quarkus-app, benchmarks/target)
#   MAVEN_ARGS="-o"             extra Maven arguments for the build (e.g. offline once the SDK and JMH are cached)
#   BENCH_REPS=3                runs per point (medians quoted)
#   BENCH_WARMUP_MS=1000 BENCH_MEASURE_MS=3000   one end-to-end point
#   BENCH_C1=1 BENCH_C2=8 BENCH_C3=64            concurrent callers of the pass-through scenario
#   BENCH_QUOTA_LIMIT=20 BENCH_QUOTA_MEASURE_MS=5000 BENCH_QUOTA_CALLERS=8   quota scenario
#   BENCH_INFINISPAN=false      skip the Infinispan server and the quota scenario
#   BENCH_JMH=false             skip JMH
#   BENCH_ONLY=abcd             scenarios to run (a pass-through, b reads, c quota, d footprint)
#   BENCH_GATEWAY_JVM_OPTS="-Xmx256m"            JVM options of the gateway processes (default: none)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ "${BENCH_SKIP_BUILD:-0}" != "1" ]; then
  echo "bench: building the gateway and the benchmarks (mvn -Pbench -pl benchmarks,infra/app -am package)"
  # shellcheck disable=SC2086
  mvn -B -q ${MAVEN_ARGS:-} -Pbench -pl benchmarks,infra/app -am package -DskipTests
fi

# Our own Infinispan node (node 8: Hot Rod on 127.0.0.1:11922, its own cluster), so that the tests' server on
# 11222 (or another session's) is neither used nor stopped.
export INFINISPAN_NODE=8 INFINISPAN_CLUSTER=gateway-bench
driver=""
cleanup() {
  if [ -n "$driver" ] && kill -0 "$driver" 2>/dev/null; then
    kill "$driver" 2>/dev/null || true   # its shutdown hook stops the gateway processes it started
    wait "$driver" 2>/dev/null || true
  fi
  if [ "${BENCH_INFINISPAN:-true}" != "false" ]; then
    infra/infinispan/stop.sh || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "${BENCH_INFINISPAN:-true}" != "false" ]; then
  infra/infinispan/start.sh
  export BENCH_INFINISPAN_HOSTS=127.0.0.1:11922
fi

# sun.net.httpserver.nodelay: the emulator (JDK HTTP server) sets TCP_NODELAY, as RongCloud's front ends do; without it
# every keep-alive client (the gateway) waits ~40 ms per call (Nagle + delayed ACK), Connection: close clients do not.
java -Xms256m -Xmx1g -Dsun.net.httpserver.nodelay=true -cp "benchmarks/target/classes:benchmarks/target/lib/*" rongcloud.gateway.bench.BenchMain "$root" &
driver=$!
wait "$driver"
driver=""
