#!/usr/bin/env bash
# Ingest-to-subscriber latency of the results feeds: one silo (Release, PostgreSQL store) on loopback, and out of its
# process the load tool posting ODF messages at each rate while 2,000 CIS and 200 FEED SSE subscribers receive them.
# SILO_ARGS adds silo settings (e.g. SILO_ARGS="--OdfApply:Enabled=false"). SILOS=2 starts a second silo that joins the
# first (membership in the same PostgreSQL, Orleans:Membership:Store=postgres); subscribers and ingest POSTs are spread
# over both.
# Usage: bench/latency.sh [rates, default 100,400,1000] [seconds per rate, default 60] [extra load-tool options...]
# Prints a Markdown report (the table and histograms in docs/benchmarks.md) to standard output; progress to standard error.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
rates=${1:-100,400,1000}
seconds=${2:-60}
shift $(( $# > 2 ? 2 : $# ))
# Free loopback ports for HTTP and for Orleans (the silo's defaults 11111/30000 may be taken by another silo or test
# run on this machine; a Linux silo binds a taken port without error and then shares its connections).
free_port() { local p; for p in $(seq "$1" "$(( $1 + 200 ))"); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return 0; }; done; return 1; }
port=$(free_port 5090)
silo_port=$(free_port 21111)
gateway_port=$(free_port 31000)
silos=${SILOS:-1}
[ "$silos" = 1 ] || [ "$silos" = 2 ] || { echo "latency: SILOS is 1 or 2" >&2; exit 2; }
port2=$(free_port $(( port + 1 )))
silo_port2=$(free_port $(( silo_port + 1 )))
gateway_port2=$(free_port $(( gateway_port + 1 )))

pg_start shared_buffers=512MB max_wal_size=4GB
silo_pid=""
silo2_pid=""
cleanup() {
  [ -n "$silo2_pid" ] && kill "$silo2_pid" 2>/dev/null && wait "$silo2_pid" 2>/dev/null
  [ -n "$silo_pid" ] && kill "$silo_pid" 2>/dev/null && wait "$silo_pid" 2>/dev/null
  pg_stop
}
trap cleanup EXIT
dotnet build -c Release src/Silo -v q -nologo >&2
dotnet build -c Release bench/Latency -v q -nologo >&2

# One silo's command line; $1 HTTP port, $2 silo port, $3 gateway port, then its own settings.
run_silo() {
  local http=$1 silo=$2 gateway=$3; shift 3
  exec dotnet src/Silo/bin/Release/net10.0/Olympics.Orleans.Silo.dll --Urls="http://127.0.0.1:$http" \
    --Orleans:SiloPort="$silo" --Orleans:GatewayPort="$gateway" \
    --Orleans:Membership:Store=postgres --Orleans:ClusterId="bench-$$" --Orleans:AdvertisedAddress=127.0.0.1 \
    --Store=postgres --ConnectionStrings:EventStore="$OLYMPICS_TEST_PG" --EventStore:Schema=bench_latency \
    --Odf:Sources:BENCH:ApiKey=bench-source-key-0001 --Admin:ApiKey=bench-admin-key-0001 \
    --Feeds:Consumers:bench-cis:ApiKey=bench-cis-key-000001 --Feeds:Consumers:bench-cis:Tier=Cis \
    --Feeds:Consumers:bench-feed:ApiKey=bench-feed-key-00001 --Feeds:Consumers:bench-feed:Tier=Feed \
    --Feeds:FeedDelay=00:00:02 --Feeds:MaxConnectionsPerKey=5000 --Logging:LogLevel:Default=Warning "$@" ${SILO_ARGS:-} >&2
}
wait_ready() {
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$1/health/ready" >/dev/null && return 0; sleep 1; done
  echo "latency: the silo on port $1 did not become ready" >&2; exit 1
}
run_silo "$port" "$silo_port" "$gateway_port" &
silo_pid=$!
wait_ready "$port"
urls="http://127.0.0.1:$port"
pids="$silo_pid"
if [ "$silos" = 2 ]; then
  # The second silo joins the first; the ODF apply runs on whichever of the two holds its lease.
  run_silo "$port2" "$silo_port2" "$gateway_port2" &
  silo2_pid=$!
  wait_ready "$port2"
  urls="$urls,http://127.0.0.1:$port2"
  pids="$pids,$silo2_pid"
fi

echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "# bench/latency.sh $rates $seconds $*; PostgreSQL $("$PG_BIN/postgres" --version 2>/dev/null | awk '{print $3}'); Store=postgres (MartenEventStore); $silos silo(s); load $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet bench/Latency/bin/Release/net10.0/Olympics.Orleans.LatencyBench.dll --silo "$urls" \
  --rates "$rates" --seconds "$seconds" --silo-pid "$pids" "$@"
