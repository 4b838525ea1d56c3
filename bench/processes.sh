# Sourced by the bench scripts. Processes added to `pids` are killed on exit; `port` picks a random loopback port;
# `start_redis PORT` runs a throwaway redis-server (nothing persisted) and waits until it answers.
pids=()
cleanup() { for pid in "${pids[@]:-}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
port() { echo $(( (RANDOM % 20000) + 30000 )); }
start_redis() {
  redis-server --port "$1" --bind 127.0.0.1 --save '' --appendonly no --daemonize no >/dev/null 2>&1 &
  pids+=($!)
  for _ in $(seq 1 50); do redis-cli -p "$1" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done
}
