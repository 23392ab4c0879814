#!/usr/bin/env bash
# Smoke test of `./ami serve` with its embedded defaults: ready, create a user and a key, restart,
# the user and the key still work.
set -euo pipefail
cd "$(dirname "$0")/.."

export AMI_HOME; AMI_HOME="$(mktemp -d)"
export QUARKUS_HTTP_PORT=18080
unset AMI_DB_URL AMI_ADMIN_KEY
base="http://127.0.0.1:$QUARKUS_HTTP_PORT"
log="$AMI_HOME/serve.log"
pid=""

start() {
  ./ami serve >>"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    if curl -fs "$base/q/health/ready" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "smoke: server exited"; tail -50 "$log"; return 1; fi
    sleep 1
  done
  echo "smoke: not ready after 120 s"; tail -50 "$log"; return 1
}
stop() { kill "$pid"; wait "$pid" || true; }
trap 'kill "$pid" 2>/dev/null || true' EXIT

start
admin="$(cat "$AMI_HOME/admin.key")"
user_id="$(curl -fs -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d '{"name":"smoke"}' "$base/api/v1/admin/users" | sed -E 's/.*"id":"([^"]+)".*/\1/')"
key="$(curl -fs -X POST -H "Authorization: Bearer $admin" "$base/api/v1/admin/users/$user_id/keys" \
  | sed -E 's/.*"key":"([^"]+)".*/\1/')"
stop

start
curl -fs -H "Authorization: Bearer $key" "$base/api/v1/me" | grep -q '"name":"smoke"'
if grep -q "$key" "$log"; then echo "smoke: a user key appeared in the log"; exit 1; fi
[ "$(grep -c 'Ami generated an admin API key' "$log")" = "1" ] || { echo "smoke: admin key generated more than once"; exit 1; }
stop
echo "smoke: OK (serve ready on the embedded database; user and key kept across a restart)"
