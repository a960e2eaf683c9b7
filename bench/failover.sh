#!/usr/bin/env bash
# Failover time of a 3-silo cluster on PostgreSQL: KILLS times (default 10), a probe grain is pinned on one silo, that
# silo is killed with SIGKILL (or frozen with SIGSTOP: SIGNAL=STOP) and another silo is asked for the probe every 20 ms
# until a survivor answers for it. Also records when the survivors' membership shows the victim dead. The victim is then
# started again on the same ports and the next round kills the next silo.
# SILO_ARGS adds silo settings (e.g. SILO_ARGS="--Orleans:Membership:MaxProbeTimeout=00:00:02").
# Usage: bench/failover.sh [kills, default 10]. Prints a Markdown report to standard output; progress to standard error.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
kills=${1:-10}
signal=${SIGNAL:-KILL}
admin=bench-failover-admin-key-0001
pg_start
dotnet build src/Silo -c Release -v q -nologo >&2
schema=bench_failover_$$
declare -a pids http silo gateway
for i in 0 1 2; do http[$i]=$((5180 + i)); silo[$i]=$((11211 + i)); gateway[$i]=$((30100 + i)); done
start_silo() {
  local i=$1
  dotnet src/Silo/bin/Release/net10.0/Olympics.Orleans.Silo.dll --urls="http://127.0.0.1:${http[$i]}" --Store=postgres \
    --ConnectionStrings:EventStore="$OLYMPICS_TEST_PG" --EventStore:Schema="$schema" --Orleans:Membership:Store=postgres \
    --Orleans:ClusterId="$schema" --Orleans:AdvertisedAddress=127.0.0.1 --Orleans:SiloPort="${silo[$i]}" \
    --Orleans:GatewayPort="${gateway[$i]}" --Orleans:Dashboard=false --Admin:ApiKey="$admin" \
    --Logging:LogLevel:Default=Warning ${SILO_ARGS:-} >"/tmp/failover-silo-$i.log" 2>&1 &
  pids[$i]=$!
}
wait_ready() {
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:${http[$1]}/health/ready" >/dev/null && return 0; sleep 0.25; done
  echo "failover: silo $1 did not become ready" >&2; exit 1
}
active() { curl -sf -H "X-API-KEY: $admin" "http://127.0.0.1:${http[$1]}/admin/cluster" | grep -o '"status":"Active"' | wc -l; }
probe() { curl -s -m 40 -H "X-API-KEY: $admin" "http://127.0.0.1:${http[$1]}/admin/cluster/probes/$2"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
cleanup() { for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; pg_stop; }
trap cleanup EXIT

start_silo 0; wait_ready 0
start_silo 1; start_silo 2; wait_ready 1; wait_ready 2
declare -a answered dead
for round in $(seq 1 "$kills"); do
  victim=$(( (round % 3) )); asker=$(( (victim + 1) % 3 ))
  until [ "$(active "$asker")" = 3 ]; do sleep 0.2; done
  key="round-$round"
  pinned=$(probe "$victim" "$key" | sed -E 's/.*"silo":"([^"]+)".*/\1/')
  kill -"$signal" "${pids[$victim]}"
  t0=$(now_ms)
  dead_at=""
  while true; do
    answer=$(probe "$asker" "$key" || true)
    t=$(now_ms)
    if [ -z "$dead_at" ] && [ "$(active "$asker")" = 2 ]; then dead_at=$t; fi
    if echo "$answer" | grep -q '"silo"' && ! echo "$answer" | grep -q "\"silo\":\"$pinned\""; then break; fi
    [ $((t - t0)) -gt 120000 ] && { echo "failover: round $round: no answer within 120 s" >&2; exit 1; }
    sleep 0.02
  done
  [ -z "$dead_at" ] && dead_at=$(now_ms)
  answered[$round]=$((t - t0)); dead[$round]=$((dead_at - t0))
  echo "failover: round $round: silo $victim ${signal}ed, declared dead after ${dead[$round]} ms, its probe answered from a survivor after ${answered[$round]} ms" >&2
  [ "$signal" = STOP ] && kill -9 "${pids[$victim]}" 2>/dev/null || true
  wait "${pids[$victim]}" 2>/dev/null || true
  start_silo "$victim"; wait_ready "$victim"
done

stats() { sort -n | awk '{a[NR]=$1} END {printf "%d | %d | %d", a[int((NR+1)/2)], a[1], a[NR]}'; }
echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "# bench/failover.sh $kills (SIGNAL=$signal${SILO_ARGS:+, SILO_ARGS=$SILO_ARGS}); 3 silos (Release) and PostgreSQL $("$PG_BIN/postgres" --version 2>/dev/null | awk '{print $3}') on this host"
echo
echo "| from SIG$signal to | p50 ms | min ms | max ms |"
echo "|---|---|---|---|"
echo "| the survivors' membership shows it dead | $(printf '%s\n' "${dead[@]}" | stats) |"
echo "| its probe grain answers from a survivor | $(printf '%s\n' "${answered[@]}" | stats) |"
