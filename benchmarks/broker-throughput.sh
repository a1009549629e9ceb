#!/usr/bin/env bash
# Messages per second produced and consumed through the generated Kafka facade (publisher(channel).send(record),
# subscribe(channel, handler)) against kafka-clients used directly (JSON text as byte[], not parsed on receipt;
# and the same with the record encoded and decoded by the codec's Jackson mapper; and the runtime under the facade
# with byte[] payloads, no JSON either way), all on one in-JVM single-node KRaft broker from Kafka's test kit, with
# the same acks=all and idempotence; and the bytes the client's threads allocate per message (ThreadMXBean, since
# the broker allocates in the same JVM).
#
#   mvn -B -Pbenchmarks -pl benchmarks -am package -DskipTests
#   benchmarks/broker-throughput.sh [MESSAGES [ROUNDS [WARM-UP ROUNDS]]]      (default: 100000 5 2)
#
# Takes a minute or more with the defaults. Prints each round, then the medians with the lowest and highest round,
# and the ratios of the medians.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_jar="$root/benchmarks/target/benchmarks.jar"

if [ ! -f "$bench_jar" ]; then
  echo "broker-throughput: build first: mvn -B -Pbenchmarks -pl benchmarks -am package -DskipTests" >&2
  exit 2
fi
exec java -Xmx1g -cp "$bench_jar" dev.asyncgen.bench.broker.BrokerThroughput "$@"
