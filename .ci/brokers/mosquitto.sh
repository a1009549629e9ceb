#!/usr/bin/env bash
# Debian's Mosquitto (MQTT 3.1.1 and 5) on 127.0.0.1 at a free port, anonymous allowed, for the MQTT tests.
# Prints the broker's URI (tcp://127.0.0.1:PORT) on stdout. Installs the package with apt when run as root
# and it is missing. `mosquitto.sh stop` stops the broker this script started.
set -euo pipefail

state_dir="${TMPDIR:-/tmp}/asyncgen-mosquitto"
pid_file="$state_dir/mosquitto.pid"

if [ "${1:-}" = "stop" ]; then
  if [ -f "$pid_file" ]; then
    pid="$(cat "$pid_file")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    rm -rf "$state_dir"
  fi
  exit 0
fi

mosquitto_bin="$(command -v mosquitto || true)"
[ -n "$mosquitto_bin" ] || [ ! -x /usr/sbin/mosquitto ] || mosquitto_bin=/usr/sbin/mosquitto
if [ -z "$mosquitto_bin" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing mosquitto with apt-get" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mosquitto >&2
    mosquitto_bin=/usr/sbin/mosquitto
  else
    echo "mosquitto is not installed, and installing it needs root and apt-get" >&2
    exit 1
  fi
fi

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
rm -rf "$state_dir"
mkdir -p "$state_dir"
cat > "$state_dir/mosquitto.conf" <<CONF
listener $port 127.0.0.1
allow_anonymous true
persistence false
log_dest file $state_dir/mosquitto.log
CONF
"$mosquitto_bin" -c "$state_dir/mosquitto.conf" >/dev/null 2>&1 &
echo $! > "$pid_file"

for _ in $(seq 1 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "tcp://127.0.0.1:$port"
    exit 0
  fi
  sleep 0.1
done
echo "mosquitto did not listen on 127.0.0.1:$port within 10 s; its log: $state_dir/mosquitto.log" >&2
exit 1
