#!/usr/bin/env bash
# Throwaway PostgreSQL for tests and benchmarks. Source this file, then:
#   pg_start [extra postgres -c settings...]   sets OLYMPICS_TEST_PG to a connection string
#   pg_stop                                    stops the server and removes its data
# When OLYMPICS_TEST_PG is already set, pg_start uses that server and pg_stop leaves it alone.
# On Debian, a missing server is installed with apt-get (root) or sudo apt-get.

pg_find_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

pg_install() {
  echo "postgres: the PostgreSQL server is not installed; installing the Debian package 'postgresql'..." >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 &&
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
}

# A port nobody listens on, searched from a random point of 55432-55532 so that scripts starting at once rarely pick
# the same one; pg_start still tries the next one when another server took it between the check and the start.
pg_free_port() {
  local port offset i
  offset=$((RANDOM % 101))
  for i in $(seq 0 100); do
    port=$((55432 + (offset + i) % 101))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  return 1
}

# Runs a command as the server's owner: initdb refuses root, so root hands the cluster to 'postgres'.
pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  if [ -n "${OLYMPICS_TEST_PG:-}" ]; then
    echo "postgres: using the server given by OLYMPICS_TEST_PG" >&2
    PG_OWNED=0
    return 0
  fi
  local bin
  bin=$(pg_find_bin) || { pg_install && bin=$(pg_find_bin); } || { echo "postgres: cannot find or install the PostgreSQL server" >&2; return 1; }
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres || return 1
  fi
  PG_DIR=$(mktemp -d /tmp/olympics-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
  pg_as_owner "$bin/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --no-locale >"$PG_DIR/initdb.log" 2>&1 ||
    { cat "$PG_DIR/initdb.log" >&2; return 1; }
  local attempt extra settings
  for attempt in 1 2 3 4 5; do
    PG_PORT=$(pg_free_port) || { echo "postgres: no free port in 55432-55532" >&2; return 1; }
    settings=(-c "listen_addresses=127.0.0.1" -c "port=$PG_PORT" -c "unix_socket_directories=$PG_DIR" -c "max_connections=300")
    for extra in "$@"; do settings+=(-c "$extra"); done
    pg_as_owner "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 -o "${settings[*]}" start >/dev/null && break
    # Another server bound the port after the check: try another one; any other failure is reported.
    grep -q "Address already in use" "$PG_DIR/server.log" && [ "$attempt" -lt 5 ] || { cat "$PG_DIR/server.log" >&2; return 1; }
    echo "postgres: port $PG_PORT was taken meanwhile; trying another" >&2
    : > "$PG_DIR/server.log"
  done
  PG_BIN=$bin
  PG_OWNED=1
  export OLYMPICS_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Maximum Pool Size=200"
  echo "postgres: started PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($PG_DIR)" >&2
}

pg_stop() {
  [ "${PG_OWNED:-0}" = 1 ] || return 0
  pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1
  rm -rf "$PG_DIR"
  PG_OWNED=0
}
