#!/usr/bin/env bash
# Starts Debian's PgBouncer in transaction mode in front of the throwaway PostgreSQL of
# scripts/ci-postgres.sh (same PGPORT) and prints `export DATABASE_URL=...` (through PgBouncer) and
# `export DIRECT_DATABASE_URL=...` (PostgreSQL itself, for migrations: Prisma's migration lock is a
# session advisory lock, which transaction mode does not keep).
# Usage: eval "$(PGPORT=5547 bash scripts/ci-postgres.sh start)"; eval "$(PGPORT=5547 bash scripts/ci-pgbouncer.sh start)";
#        ...; bash scripts/ci-pgbouncer.sh stop
# Every database on the server is reachable (`* =`), so the tests' fresh databases are too. Loopback
# and trust only: test data. As root it runs as the Debian `postgres` user, as ci-postgres.sh does.
set -euo pipefail
PGPORT="${PGPORT:-55432}"
PGBOUNCER_PORT="${PGBOUNCER_PORT:-56432}"
ROOT="${PGBOUNCER_ROOT:-/tmp/stridewise-pgbouncer-$PGBOUNCER_PORT}"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "${1:-start}" in
start)
  if ! command -v pgbouncer >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pgbouncer) >&2
  fi
  mkdir -p "$ROOT"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$ROOT"
  echo '"postgres" ""' >"$ROOT/userlist.txt"
  # The pool is shared by every app server: 2 servers x DB_POOL_MAX (10) clients fit in 20 server
  # connections, so nothing waits on PgBouncer itself in the benchmark.
  cat >"$ROOT/pgbouncer.ini" <<EOF
[databases]
* = host=127.0.0.1 port=$PGPORT
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $PGBOUNCER_PORT
unix_socket_dir = $ROOT
pidfile = $ROOT/pgbouncer.pid
logfile = $ROOT/pgbouncer.log
auth_type = trust
auth_file = $ROOT/userlist.txt
admin_users = postgres
pool_mode = transaction
default_pool_size = 20
max_client_conn = 400
EOF
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$ROOT"/*
  if [ -f "$ROOT/pgbouncer.pid" ] && kill -0 "$(cat "$ROOT/pgbouncer.pid")" 2>/dev/null; then
    echo "PgBouncer already running on $PGBOUNCER_PORT" >&2
  else
    as_pg pgbouncer -d "$ROOT/pgbouncer.ini" >&2
  fi
  for _ in $(seq 1 50); do
    psql -h 127.0.0.1 -p "$PGBOUNCER_PORT" -U postgres -d pgbouncer -Atqc "SHOW VERSION" >/dev/null 2>&1 && break
    sleep 0.1
  done
  psql -h 127.0.0.1 -p "$PGBOUNCER_PORT" -U postgres -d postgres -Atqc "SELECT 1" >/dev/null
  echo "export DATABASE_URL=postgresql://postgres@127.0.0.1:$PGBOUNCER_PORT/stridewise"
  echo "export DIRECT_DATABASE_URL=postgresql://postgres@127.0.0.1:$PGPORT/stridewise"
  ;;
stop)
  if [ -f "$ROOT/pgbouncer.pid" ]; then kill -INT "$(cat "$ROOT/pgbouncer.pid")" 2>/dev/null || true; fi
  for _ in $(seq 1 50); do [ -f "$ROOT/pgbouncer.pid" ] || break; sleep 0.1; done
  ;;
destroy)
  "$0" stop; rm -rf "$ROOT"
  ;;
esac
