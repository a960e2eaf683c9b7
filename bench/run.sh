#!/usr/bin/env bash
# Runs every benchmark against a throwaway PostgreSQL with durable settings (fsync and synchronous commit on),
# pgbench's raw figure for the same insert in the same run, alternating with ours to share the machine's noise.
# Usage: bench/run.sh [writers] [seconds per timed run]. Results go to standard output; progress to standard error.
# ONLY=append|bulk|calls|activation|import|gate|snapshots|rebuild|export runs one part (append = the pgbench /
# grain-append comparison, on Marten's mt_quick_append_events, with the store's group commit and without it);
# ROUNDS=n repeats the append and import comparisons.
# Extra Npgsql settings for the store can be appended to its connection string with NPGSQL_EXTRA (e.g. "Max Auto Prepare=20").
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
unset OLYMPICS_TEST_PG  # always a fresh server with the settings below, so runs compare
writers=${1:-16}
seconds=${2:-20}

pg_start shared_buffers=512MB max_wal_size=4GB
trap pg_stop EXIT
dotnet build -c Release bench/Benchmarks -v q -nologo >&2
if [ -n "${NPGSQL_EXTRA:-}" ]; then export OLYMPICS_TEST_PG="$OLYMPICS_TEST_PG;$NPGSQL_EXTRA"; echo "# store connection: +$NPGSQL_EXTRA"; fi
bench() { dotnet bench/Benchmarks/bin/Release/net10.0/Olympics.Orleans.Benchmarks.dll "$@"; }

echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "# PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'), writers=$writers, seconds=$seconds, load $(cut -d' ' -f1-3 /proc/loadavg)"

want() { [ -z "${ONLY:-}" ] || [ "$ONLY" = "$1" ]; }

if want append; then
  # Marten's schema and its mt_quick_append_events function in bench_marten, created by MartenEventStore.InitializeAsync;
  # pgbench calls that function (bench/pgbench/marten_append.sql) with the same clients, alternating with the grains.
  bench schema --schema bench_marten
  for round in $(seq 1 "${ROUNDS:-2}"); do
    echo "## round $round (load $(cut -d' ' -f1-3 /proc/loadavg))"
    "$PG_BIN/pgbench" -n -M prepared -c "$writers" -j 2 -T "$seconds" -P 5 -f bench/pgbench/marten_append.sql \
      -h 127.0.0.1 -p "$PG_PORT" -U postgres postgres 2>&1 | grep -E "^(tps|latency average|progress)" | sed 's/^/pgbench: /'
    bench grain-append --writers "$writers" --seconds "$seconds" --schema "bench_grain$round" | sed 's/^/[group commit] /'
    # The same without the store's group commit: each append its own transaction, as before it.
    BENCH_APPENDS_PER_COMMIT=1 bench grain-append --writers "$writers" --seconds "$seconds" --schema "bench_alone$round" | sed 's/^/[each alone] /'
  done
fi
if want bulk; then bench bulk-append --events 600000 --schema bench_bulk; fi
if want calls; then bench grain-calls --writers 8 --seconds 10; bench grain-calls --writers 8 --seconds 10 --dashboard; fi
if want activation; then bench activation --schema bench_activation; fi
if want gate; then bench gate-visibility --schema bench_visibility; bench qualification-visibility --schema bench_qualification; fi
if want gate; then bench gate-check --events 600000 --writers "${GATE_CALLERS:-2}" --seconds 10; fi
if want import; then
  for round in $(seq 1 "${ROUNDS:-1}"); do
    echo "## import round $round (load $(cut -d' ' -f1-3 /proc/loadavg))"
    bench import --events 600000 --schema "bench_import$round"
    bench import-copy --from "bench_import$round" --schema "bench_copy$round"   # the same rows, raw binary COPY
    bench bulk-append --events 600000 --schema "bench_bulk$round"                # the store's BulkAppendAsync alone
  done
fi
if want snapshots; then bench results-snapshots --writers "${SNAPSHOT_CALLERS:-8}" --seconds 10 --schema bench_snapshots; fi
if want rebuild; then bench rebuild --events 600000 --schema bench_rebuild; fi
if want export; then e=${EXPORT_EVENTS:-10000000}; bench export-seed --events "$e" --schema bench_export; x() { DOTNET_gcServer=0 bench "$@"; }; x export-read --schema bench_export; x export-csv --schema bench_export; fi  # workstation GC, as the tool
