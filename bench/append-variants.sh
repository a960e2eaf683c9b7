#!/usr/bin/env bash
# Single-event appends, 16 writers: what each cheap setting gives, each run next to pgbench on mt_quick_append_events in
# the same server, alternating (pgbench, variant, pgbench, variant...). Variants: the grains with the store's defaults;
# the grains with Npgsql's Max Auto Prepare; the store alone without grains (bench/MartenStore, no Orleans); the
# grains with Minimum Pool Size = writers; the grains without Marten's high-water agent in the process (which every
# commit wakes). Usage: bench/append-variants.sh [writers] [seconds]. Results on standard output.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
unset OLYMPICS_TEST_PG
writers=${1:-16}
seconds=${2:-20}
pg_start shared_buffers=512MB max_wal_size=4GB
trap pg_stop EXIT
dotnet build -c Release bench/Benchmarks -v q -nologo >&2
dotnet build -c Release bench/MartenStore -v q -nologo >&2
base=$OLYMPICS_TEST_PG
grains() { BENCH_HIGH_WATER_AGENT=${AGENT:-on} OLYMPICS_TEST_PG="$base${1:+;$1}" dotnet bench/Benchmarks/bin/Release/net10.0/Olympics.Orleans.Benchmarks.dll grain-append \
  --writers "$writers" --seconds "$seconds" --schema "$2" | sed "s/^/[${1:-defaults}] /"; }
store() { OLYMPICS_BENCH_PG="$base" dotnet bench/MartenStore/bin/Release/net10.0/Olympics.Orleans.MartenStore.dll append \
  --writers "$writers" --seconds "$seconds" --notify off --schema "$1" | sed "s/^/[store alone, no grains] /"; }
pgb() { echo "pgbench (load $(cut -d' ' -f1-3 /proc/loadavg)): $("$PG_BIN/pgbench" -n -M prepared -c "$writers" -j 2 -T "$seconds" \
  -f bench/pgbench/marten_append.sql -h 127.0.0.1 -p "$PG_PORT" -U postgres postgres 2>&1 | grep -E '^tps' )"; }
echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), writers=$writers, seconds=$seconds"
dotnet bench/Benchmarks/bin/Release/net10.0/Olympics.Orleans.Benchmarks.dll schema --schema bench_marten >&2
pgb; grains "" v_default
pgb; grains "Max Auto Prepare=20" v_prepare
pgb; store v_store
pgb; grains "Minimum Pool Size=$writers" v_minpool
pgb; AGENT=off grains "" v_noagent | sed 's/^/[no high-water agent] /'
pgb
