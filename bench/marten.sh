#!/usr/bin/env bash
# MartenEventStore on a throwaway PostgreSQL with durable settings (fsync and synchronous commit on):
# ONLY=append: 16 writers of single-event appends vs. pgbench calling mt_quick_append_events, alternating;
# ONLY=latency: commit-to-follower latency at 100 and 400 appends/s, LISTEN/NOTIFY on and off, two polling settings.
# Usage: [ROUNDS=n] bench/marten.sh [writers] [seconds]. Results on standard output.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
unset OLYMPICS_TEST_PG
writers=${1:-16}
seconds=${2:-20}
pg_start shared_buffers=512MB max_wal_size=4GB
trap pg_stop EXIT
export OLYMPICS_BENCH_PG="$OLYMPICS_TEST_PG"
dotnet build -c Release bench/MartenStore -v q -nologo >&2
bench() { dotnet bench/MartenStore/bin/Release/net10.0/Olympics.Orleans.MartenStore.dll "$@"; }
want() { [ -z "${ONLY:-}" ] || [ "$ONLY" = "$1" ]; }
echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), writers=$writers, seconds=$seconds"

if want latency; then
  for rate in 100 400; do
    bench latency --rate "$rate" --seconds 10 --notify off --schema "lat_wakeup_$rate"            # the store's defaults
    bench latency --rate "$rate" --seconds 10 --notify on --schema "lat_notify_$rate"             # Marten's NOTIFY
    bench latency --rate "$rate" --seconds 10 --notify on --fast 10 --slow 50 --schema "lat_notify_fast_$rate"
  done
fi
if want append; then
  bench append --writers "$writers" --seconds 1 --schema bench_marten >/dev/null  # creates the schema and function
  for round in $(seq 1 "${ROUNDS:-1}"); do
    "$PG_BIN/pgbench" -n -M prepared -c "$writers" -j 2 -T "$seconds" -f bench/pgbench/marten_append.sql \
      -h 127.0.0.1 -p "$PG_PORT" -U postgres postgres 2>&1 | grep -E "^(tps|latency average)" | sed 's/^/pgbench: /'
    bench append --writers "$writers" --seconds "$seconds" --notify off --schema "append_off_$round"
    bench append --writers "$writers" --seconds "$seconds" --notify on --schema "append_on_$round"
  done
  bench append --writers "$writers" --seconds "$seconds" --notify off --reset-on-close --schema append_reset
fi
