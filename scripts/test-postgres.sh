#!/usr/bin/env bash
# A throwaway PostgreSQL for the scale-out tests: installs Debian's postgresql when missing,
# starts a cluster in a temporary data folder owned by the postgres user on a free port (or
# reuses the one this script started before), creates a test database, and prints its URL.
# Fails loudly: the tests that need PostgreSQL fail rather than skip.
set -euo pipefail
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$BIN" ]; then
  echo "installing postgresql (Debian)" >&2
  export DEBIAN_FRONTEND=noninteractive
  (apt-get install -y --no-install-recommends postgresql >&2) || (apt-get update >&2 && apt-get install -y --no-install-recommends postgresql >&2)
  BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
DIR=${CICA_PG_DIR:-/tmp/cica-test-pg}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ -f "$DIR/port" ] && as_pg "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
  PORT=$(cat "$DIR/port")
else
  rm -rf "$DIR"
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$DIR"
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  as_pg "$BIN/initdb" -D "$DIR/data" -A trust -U postgres >/dev/null
  as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200" -w start >/dev/null
  echo "$PORT" | as_pg tee "$DIR/port" >/dev/null
  as_pg "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres cica_test
fi
echo "postgres://postgres@127.0.0.1:$PORT/cica_test"
