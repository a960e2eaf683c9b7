#!/usr/bin/env bash
# Runs every benchmark against a throwaway PostgreSQL with durable settings (fsync and synchronous commit on),
# pgbench's raw figure for the same insert in the same run, alternating with ours to share the machine's noise.
# Usage: bench/run.sh [writers] [seconds per timed run]. Results go to standard output; progress to standard error.
# ONLY=append|bulk|calls|activation runs one part (append = the pgbench / grain-append comparison).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
unset OLYMPICS_TEST_PG  # always a fresh server with the settings below, so runs compare
writers=${1:-16}
seconds=${2:-20}

pg_start shared_buffers=512MB max_wal_size=4GB
trap pg_stop EXIT
dotnet build -c Release bench/Benchmarks -v q -nologo >&2
bench() { dotnet bench/Benchmarks/bin/Release/net10.0/Olympics.Orleans.Benchmarks.dll "$@"; }
psql_() { psql "host=127.0.0.1 port=$PG_PORT user=postgres dbname=postgres" -qAt "$@"; }

echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "# PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'), writers=$writers, seconds=$seconds"

want() { [ -z "${ONLY:-}" ] || [ "$ONLY" = "$1" ]; }

if want append; then
  bench schema --schema bench_pg
  psql_ -c "INSERT INTO bench_pg.streams (stream_id, version) SELECT 'pgbench-' || g, 0 FROM generate_series(0, $writers - 1) g"
  for round in 1 2; do
    echo "## round $round"
    "$PG_BIN/pgbench" -n -M prepared -c "$writers" -j 2 -T "$seconds" -P 5 -f bench/pgbench/append.sql \
      -h 127.0.0.1 -p "$PG_PORT" -U postgres postgres 2>&1 | grep -E "^(tps|latency average|progress)" | sed 's/^/pgbench: /'
    bench grain-append --writers "$writers" --seconds "$seconds" --schema "bench_grain$round"
  done
fi
if want bulk; then bench bulk-append --events 600000 --schema bench_bulk; fi
if want calls; then bench grain-calls --writers 8 --seconds 10; fi
if want activation; then bench activation --schema bench_activation; fi
if want gate; then bench gate-visibility --schema bench_visibility; bench qualification-visibility --schema bench_qualification; fi
if want gate; then bench gate-check --events 600000 --writers "${GATE_CALLERS:-2}" --seconds 10; fi; if want import; then bench import --events 600000 --schema bench_import; fi
if want snapshots; then bench results-snapshots --writers "${SNAPSHOT_CALLERS:-8}" --seconds 10 --schema bench_snapshots; fi
if want rebuild; then bench rebuild --events 600000 --schema bench_rebuild; fi
if want export; then e=${EXPORT_EVENTS:-10000000}; bench export-seed --events "$e" --schema bench_export; x() { DOTNET_gcServer=0 bench "$@"; }; x export-read --schema bench_export; x export-csv --schema bench_export; fi  # workstation GC, as the tool
