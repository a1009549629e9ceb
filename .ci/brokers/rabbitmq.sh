#!/usr/bin/env bash
# Starts RabbitMQ (Debian's rabbitmq-server) on 127.0.0.1 on free ports, with its data, logs and Erlang cookie
# under a private directory, and prints its URI (amqp://guest:guest@127.0.0.1:PORT/%2f) on stdout; the amqp
# module's tests run against it when ASYNCGEN_RABBITMQ_URI holds that URI. `rabbitmq.sh stop` stops it and removes
# the directory. Installs the package with apt-get when it is missing and this runs as root.
#
#   export ASYNCGEN_RABBITMQ_URI="$(.ci/brokers/rabbitmq.sh)"
#   mvn -B -pl amqp -am test
#   .ci/brokers/rabbitmq.sh stop
set -euo pipefail

base="${ASYNCGEN_RABBITMQ_DIR:-${TMPDIR:-/tmp}/asyncgen-rabbitmq}"
bin=/usr/lib/rabbitmq/bin

environment() {
  # shellcheck disable=SC1091
  . "$base/env"
  export HOME="$base" RABBITMQ_NODENAME RABBITMQ_NODE_IP_ADDRESS RABBITMQ_NODE_PORT RABBITMQ_DIST_PORT \
    RABBITMQ_MNESIA_BASE RABBITMQ_LOG_BASE RABBITMQ_PID_FILE RABBITMQ_ENABLED_PLUGINS_FILE RABBITMQ_CONFIG_FILE \
    ERL_EPMD_ADDRESS ERL_EPMD_PORT RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS
}

if [ "${1:-start}" = stop ]; then
  if [ -f "$base/env" ]; then
    environment
    "$bin/rabbitmqctl" -n "$RABBITMQ_NODENAME" stop >/dev/null 2>&1 || true
    "$bin/rabbitmqctl" -n "$RABBITMQ_NODENAME" shutdown >/dev/null 2>&1 || true
    epmd -port "$ERL_EPMD_PORT" -kill >/dev/null 2>&1 || true
  fi
  rm -rf "$base"
  exit 0
fi

if [ ! -x "$bin/rabbitmq-server" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "rabbitmq.sh: installing rabbitmq-server with apt-get" >&2
    apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q rabbitmq-server >&2
  else
    echo "rabbitmq.sh: rabbitmq-server is not installed; run as root, or apt-get install rabbitmq-server" >&2
    exit 1
  fi
fi
if [ -f "$base/env" ]; then
  echo "rabbitmq.sh: one is running already under $base; run 'rabbitmq.sh stop' first" >&2
  exit 1
fi

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

mkdir -p "$base/mnesia" "$base/log"
port="$(free_port)"
dist_port="$(free_port)"
epmd_port="$(free_port)"
: > "$base/enabled_plugins"
printf '[].\n' > "$base/enabled_plugins"
printf 'loopback_users.guest = true\nlisteners.tcp.default = 127.0.0.1:%s\n' "$port" > "$base/rabbitmq.conf"
cat > "$base/env" <<ENV
RABBITMQ_NODENAME=asyncgen-$port@localhost
RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
RABBITMQ_NODE_PORT=$port
RABBITMQ_DIST_PORT=$dist_port
RABBITMQ_MNESIA_BASE=$base/mnesia
RABBITMQ_LOG_BASE=$base/log
RABBITMQ_PID_FILE=$base/rabbitmq.pid
RABBITMQ_ENABLED_PLUGINS_FILE=$base/enabled_plugins
RABBITMQ_CONFIG_FILE=$base/rabbitmq.conf
ERL_EPMD_ADDRESS=127.0.0.1
ERL_EPMD_PORT=$epmd_port
RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1} -kernel inet_dist_listen_min $dist_port -kernel inet_dist_listen_max $dist_port"
ENV
environment
head -c 20 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$base/.erlang.cookie"
chmod 400 "$base/.erlang.cookie"

"$bin/rabbitmq-server" -detached >"$base/log/startup.log" 2>&1
# await_startup gives up at once while the node is not yet known to epmd: wait for that first.
for _ in $(seq 1 120); do
  "$bin/rabbitmq-diagnostics" -q -n "$RABBITMQ_NODENAME" ping >/dev/null 2>&1 && break
  sleep 0.5
done
if ! "$bin/rabbitmqctl" -n "$RABBITMQ_NODENAME" -t 60 await_startup >"$base/log/await.log" 2>&1; then
  echo "rabbitmq.sh: RabbitMQ did not start; see $base/log" >&2
  cat "$base/log/await.log" >&2 || true
  exit 1
fi
echo "amqp://guest:guest@127.0.0.1:$port/%2f"
