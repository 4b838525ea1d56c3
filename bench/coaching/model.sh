# Sourced by the coaching bench scripts. MODEL=stub starts a local OpenAI-compatible stub
# (bench/coaching/stub_model.py) on a random port and points the CLI's real OpenAI connector at it;
# otherwise the configured model (offline by default) is left as it is. Sets `port` when the stub runs.
if [ "${MODEL:-offline}" = stub ]; then
  port=$(( (RANDOM % 20000) + 30000 ))
  python3 bench/coaching/stub_model.py "$port" &
  stub_pid=$!
  trap 'kill $stub_pid 2>/dev/null || true' EXIT
  export BOTCOMPANION_Ai__Provider=OpenAI BOTCOMPANION_Ai__Model=stub BOTCOMPANION_Ai__Endpoint="http://127.0.0.1:$port/v1" BOTCOMPANION_Ai__ApiKey=bench
  for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/v1/models" >/dev/null && break; sleep 0.1; done
fi
