#!/usr/bin/env bash
# Events per second through the realtime client on loopback, and bytes allocated per event: a loopback server
# writes Appwrite document event frames (about 1 KB each) to a RealtimeClient whose subscription decodes them into
# the generated DocumentEnvelope (and, for comparison, into a JsonNode); one operation is one event, from the
# server's write to the handler's call (JMH RealtimeThroughput, -prof gc).
#
#   mvn -B -Pbenchmarks -pl benchmarks -am package -DskipTests
#   benchmarks/realtime-throughput.sh [JMH OPTIONS...]      (default: 2 forks, 5 x 1 s warm-up, 5 x 1 s measured)
#
# Takes about a minute. Prints JMH's table: the score is events/s, gc.alloc.rate.norm is bytes per event (every
# thread of the JVM: the client's engine and callback threads and the JDK's WebSocket threads; the server writes
# frames encoded beforehand and allocates nothing per event).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_jar="$root/benchmarks/target/benchmarks.jar"

if [ ! -f "$bench_jar" ]; then
  echo "realtime-throughput: build first: mvn -B -Pbenchmarks -pl benchmarks -am package -DskipTests" >&2
  exit 2
fi
exec java -jar "$bench_jar" RealtimeThroughput -prof gc "$@"
