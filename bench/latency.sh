#!/usr/bin/env bash
# Ingest-to-subscriber latency of the results feeds: one silo (Release, PostgreSQL store) on loopback, and out of its
# process the load tool posting ODF messages at each rate while 2,000 CIS and 200 FEED SSE subscribers receive them.
# SILO_ARGS adds silo settings (e.g. SILO_ARGS="--OdfApply:Enabled=false"). SILOS=2 or 3 starts that many silos in one
# cluster (membership in the same PostgreSQL, Orleans:Membership:Store=postgres); subscribers and ingest POSTs are spread
# over them. ROLLING=1 (with SILOS=2 or 3) restarts every silo in turn during each rate's measured run (SIGTERM, then
# the silo starts again on its ports; the next one goes once it is ready): the load tool retries ingest POSTs and
# reopens SSE streams as a client does, and reports failed requests, retries, reopened streams and duplicates.
# SILO_LOGS=dir keeps each silo's log in dir/silo-<i>.log (with timestamps) instead of the script's standard error.
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
silos=${SILOS:-1}
[[ "$silos" =~ ^[1-3]$ ]] || { echo "latency: SILOS is 1, 2 or 3" >&2; exit 2; }
rolling=${ROLLING:-0}
if [ "$rolling" = 1 ] && [ "$silos" -lt 2 ]; then echo "latency: ROLLING=1 needs SILOS=2 or 3 (a lone silo's restart is an outage)" >&2; exit 2; fi
pid_dir=$(mktemp -d /tmp/olympics-latency.XXXXXX)
declare -a http_ports silo_ports gateway_ports pids
next_http=5090; next_silo=21111; next_gateway=31000
for i in $(seq 0 $((silos - 1))); do
  http_ports[$i]=$(free_port $next_http); next_http=$(( ${http_ports[$i]} + 1 ))
  silo_ports[$i]=$(free_port $next_silo); next_silo=$(( ${silo_ports[$i]} + 1 ))
  gateway_ports[$i]=$(free_port $next_gateway); next_gateway=$(( ${gateway_ports[$i]} + 1 ))
done

pg_start shared_buffers=512MB max_wal_size=4GB
# Every step may fail (a process already gone) without stopping the clean-up under set -e: PostgreSQL must stop.
cleanup() {
  touch "$pid_dir/stop"
  local silo_pid; local -a stopping=()
  for f in "$pid_dir"/silo-*.pid; do [ -f "$f" ] && silo_pid=$(cat "$f") && kill "$silo_pid" 2>/dev/null && stopping+=("$silo_pid") || true; done
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  # A silo stops gracefully only while PostgreSQL is up (membership and grains write on the way out); stopped first, it
  # retried for minutes and took CPU from the next run. Wait for each (they are not this shell's children), then kill.
  for silo_pid in "${stopping[@]}"; do
    for _ in $(seq 1 300); do kill -0 "$silo_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$silo_pid" 2>/dev/null || true
  done
  rm -rf "$pid_dir"
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
    --Competition:Managers:bench:ApiKey=bench-management-key-01 \
    --Feeds:Consumers:bench-cis:ApiKey=bench-cis-key-000001 --Feeds:Consumers:bench-cis:Tier=Cis \
    --Feeds:Consumers:bench-feed:ApiKey=bench-feed-key-00001 --Feeds:Consumers:bench-feed:Tier=Feed \
    --Feeds:FeedDelay=00:00:02 --Feeds:MaxConnectionsPerKey=5000 --Logging:LogLevel:Default=Warning "$@" ${SILO_ARGS:-} >&2
}
# Silo i's log: the script's standard error, or its own file under SILO_LOGS with a timestamp on each line.
silo_log_args() {
  [ -n "${SILO_LOGS:-}" ] || return 0
  echo "--Logging:Console:FormatterName=simple --Logging:Console:FormatterOptions:SingleLine=true --Logging:Console:FormatterOptions:TimestampFormat=HH:mm:ss.fff --Logging:Console:FormatterOptions:UseUtcTimestamp=true"
}
wait_ready() {
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$1/health/ready" >/dev/null && return 0; sleep 1; done
  echo "latency: the silo on port $1 did not become ready" >&2; exit 1
}
# Silo i runs under a loop that starts it again on its ports whenever it exits (a rolling restart's SIGTERM), until the
# run is over; its current process id is in $pid_dir/silo-i.pid.
supervise() {
  local i=$1
  while [ ! -e "$pid_dir/stop" ]; do
    if [ -n "${SILO_LOGS:-}" ]; then
      mkdir -p "$SILO_LOGS"
      # shellcheck disable=SC2046
      run_silo "${http_ports[$i]}" "${silo_ports[$i]}" "${gateway_ports[$i]}" $(silo_log_args) 2>>"$SILO_LOGS/silo-$i.log" &
    else
      run_silo "${http_ports[$i]}" "${silo_ports[$i]}" "${gateway_ports[$i]}" &
    fi
    echo $! > "$pid_dir/silo-$i.pid"
    wait $! || true
    [ "$rolling" = 1 ] || break
  done
}
# The first silo creates the schema alone; the others then join its cluster. The ODF apply runs on whichever holds its lease.
urls=""
for i in $(seq 0 $((silos - 1))); do
  supervise "$i" &
  pids[$i]=$!
  wait_ready "${http_ports[$i]}"
  urls="${urls:+$urls,}http://127.0.0.1:${http_ports[$i]}"
done
silo_pids=$(cat "$pid_dir"/silo-*.pid | paste -sd,)
rolling_args=()
[ "$rolling" = 1 ] && rolling_args=(--rolling "$pid_dir")

echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "# ${ROLLING:+ROLLING=$ROLLING }SILOS=$silos bench/latency.sh $rates $seconds $*; PostgreSQL $("$PG_BIN/postgres" --version 2>/dev/null | awk '{print $3}'); Store=postgres (MartenEventStore); $silos silo(s); load $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet bench/Latency/bin/Release/net10.0/Olympics.Orleans.LatencyBench.dll --silo "$urls" \
  --rates "$rates" --seconds "$seconds" --silo-pid "$silo_pids" "${rolling_args[@]}" "$@"
# The machine's load at the end as well as at the start: on shared cores it tells a quiet run from a starved one.
echo "# load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
