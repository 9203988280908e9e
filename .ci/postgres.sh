#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the tests and exports IPPON_TEST_POSTGRES (an Npgsql connection string).
# Source it: `source .ci/postgres.sh` (as root: the server runs as the postgres user). The cluster lives in a temp
# directory, listens on 127.0.0.1 and a free port, and is stopped and removed by ippon_pg_stop (trap it on EXIT).
ippon_pg_start() {
  local SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    source "$(dirname "${BASH_SOURCE[0]}")/apt.sh"
    ippon_apt_ensure postgresql || return 1
  fi
  local bin port
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  # A free port: one nothing answers on (bash's /dev/tcp, so no other tool is needed on a fresh machine).
  while port=$((20000 + RANDOM % 40000)); (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do :; done
  IPPON_PG_DIR=$(mktemp -d /tmp/ippon-pg.XXXXXX)
  IPPON_PG_BIN=$bin
  $SUDO chown postgres:postgres "$IPPON_PG_DIR"
  $SUDO runuser -u postgres -- "$bin/initdb" -D "$IPPON_PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  # fsync stays on: the crash test kills the app, not the server, but its acknowledged saves must be real commits.
  $SUDO runuser -u postgres -- "$bin/pg_ctl" -D "$IPPON_PG_DIR/data" -l "$IPPON_PG_DIR/server.log" -w -t 30 \
    -o "-p $port -k $IPPON_PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
  export IPPON_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  export IPPON_PG_DIR IPPON_PG_BIN
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (IPPON_TEST_POSTGRES)"
}

ippon_pg_stop() {
  [ -n "${IPPON_PG_DIR:-}" ] || return 0
  local SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO runuser -u postgres -- "$IPPON_PG_BIN/pg_ctl" -D "$IPPON_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  $SUDO rm -rf "$IPPON_PG_DIR"
  unset IPPON_PG_DIR
}
