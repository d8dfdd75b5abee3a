#!/usr/bin/env bash
# Starts a real Infinispan server (15.2.6.Final, fetched from Maven Central by ./pom.xml) on loopback for the
# gateway's quota tests, and returns once its Hot Rod port answers. Idempotent: exits 0 at once when the port
# already answers. No authentication; never for production.
#
#   infra/infinispan/start.sh            # node 1: Hot Rod + REST on 127.0.0.1:11222, JGroups 7800
#   INFINISPAN_NODE=2 infra/infinispan/start.sh   # node 2 joins it: 127.0.0.1:11322, JGroups 7801
#   infra/infinispan/stop.sh             # stops the nodes started here (INFINISPAN_NODE=N: only that one)
#   INFINISPAN_CLUSTER=name              # another cluster name: a node that forms its own cluster
#
# Files: infra/infinispan/target/server/lib (the jars, ~62 MB, also cached in ~/.m2), target/node<N>/ (server
# root: conf, data, server.log, server.pid). Set INFINISPAN_START_TIMEOUT (seconds, default 120) to wait longer.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
node="${INFINISPAN_NODE:-1}"
offset=$(( (node - 1) * 100 ))
port=$(( 11222 + offset ))
jgroups_port=$(( 7800 + node - 1 ))
timeout="${INFINISPAN_START_TIMEOUT:-120}"
lib="$here/target/server/lib"
root="$here/target/node$node"

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

if answers "$port"; then
  echo "infinispan: 127.0.0.1:$port already answers"
  exit 0
fi

if [ ! -f "$lib/.complete" ]; then
  echo "infinispan: fetching server jars with Maven into $lib"
  rm -rf "$lib"
  mvn -B -q -f "$here/pom.xml" dependency:copy-dependencies -DoutputDirectory="$lib"
  touch "$lib/.complete"
fi

mkdir -p "$root/conf" "$root/lib" "$root/data"
cp "$here/conf/infinispan.xml" "$here/conf/log4j2.xml" "$root/conf/"
# The server reads <root>/data and <root>/lib; a stale pid file of a dead server is simply replaced.
echo "infinispan: starting node $node on 127.0.0.1:$port (log: $root/server.log)"
nohup java -Xms64m -Xmx512m -XX:+UseSerialGC \
  -Djgroups.bind.port="$jgroups_port" -Dinfinispan.node.name="node$node" \
  -Dinfinispan.cluster.name="${INFINISPAN_CLUSTER:-gateway-quota-test}" \
  -cp "$lib/*" org.infinispan.server.Bootstrap -s "$root" -o "$offset" \
  >"$root/server.log" 2>&1 </dev/null &
pid=$!
echo "$pid" >"$root/server.pid"

for ((i = 0; i < timeout * 4; i++)); do
  if answers "$port"; then
    echo "infinispan: node $node (pid $pid) answers on 127.0.0.1:$port after $((i / 4)) s"
    exit 0
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "infinispan: the server exited during start-up; last lines of $root/server.log:" >&2
    tail -n 40 "$root/server.log" >&2
    exit 1
  fi
  sleep 0.25
done
echo "infinispan: no answer on 127.0.0.1:$port after ${timeout} s; last lines of $root/server.log:" >&2
tail -n 40 "$root/server.log" >&2
kill "$pid" 2>/dev/null || true
exit 1
