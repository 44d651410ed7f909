#!/usr/bin/env bash
# Strata's PostgreSQL log against eventsourcing's PostgreSQL recorder, on a throwaway server.
#
#   bench/postgres_peers.sh [strata-bench options…]     e.g. --events 1000000 --runs 3 --json
#
# Starts a cluster from Debian's postgresql package in a temporary directory, on a free
# loopback port, with the server's default durability (fsync on, synchronous commits), runs
# `strata-bench --peers-postgres` against it and stops it, whatever happens. Builds the release
# binaries first when they are missing. Needs root (the server runs as the postgres user) or a
# user who may run initdb.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "postgres_peers: initdb not found; install Debian's postgresql package" >&2; exit 2; }
if [ ! -x .build/release/strata-bench ] || [ ! -x .build/release/strata ] || [ ! -x .build/release/strata-team ]; then
    swift build -c release --product strata-bench >&2
    swift build -c release --product strata >&2
    swift build -c release --product strata-team >&2
fi

as_owner=()
if [ "$(id -u)" = 0 ]; then as_owner=(runuser -u postgres --); fi
dir=$(mktemp -d /tmp/strata-pg-bench-XXXXXX)
password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
echo "$password" > "$dir/password"
[ "$(id -u)" = 0 ] && chown -R postgres "$dir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
stop() {
    "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap stop EXIT
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U bench --pwfile="$dir/password" --auth-host=scram-sha-256 \
    --auth-local=trust -E UTF8 --locale=C >/dev/null
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir" start >/dev/null
.build/release/strata-bench --peers-postgres "postgres://bench:$password@127.0.0.1:$port/postgres?sslmode=disable" "$@"
