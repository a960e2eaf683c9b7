#!/usr/bin/env bash
# A local cluster of N silos on one PostgreSQL, to try the cluster out:  bash scripts/cluster.sh [N, default 3] [silo settings...]
# - PostgreSQL: the server in ConnectionStrings__EventStore (or OLYMPICS_TEST_PG) when set; otherwise a throwaway one
#   (the Debian package is installed when missing), removed when the cluster stops.
# - Silo i (0-based) serves the whole HTTP API on http://127.0.0.1:(5080+i), Orleans on 11111+i and 30000+i; a silo whose
#   port is taken says so and exits. The cluster's processes (ODF apply, qualification, push) run on one silo at a
#   time, whichever holds their lease in PostgreSQL.
# - The dashboard of any silo (http://127.0.0.1:5080/dashboard) shows every silo; the admin key is $ADMIN_KEY
#   (default local-cluster-admin-key-0001). GET /admin/cluster with it lists the membership. Writes need a role's key:
#   competition management's (venues, sessions, athletes) is $MANAGEMENT_KEY (default local-cluster-management-key-01),
#   the accreditation office's is $OFFICE_KEY (default local-cluster-office-key-0001).
# - SEED_SCALE=0.01 loads a generated Games through silo 0. Extra arguments go to every silo.
# Ctrl-C stops the silos with SIGTERM (each leaves the cluster and hands its grains over), then PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-3}
shift $(( $# > 0 ? 1 : 0 ))
[[ "$count" =~ ^[1-9]$ ]] || { echo "cluster: the number of silos must be 1 to 9, not '$count'" >&2; exit 2; }
admin=${ADMIN_KEY:-local-cluster-admin-key-0001}
management=${MANAGEMENT_KEY:-local-cluster-management-key-01}
office=${OFFICE_KEY:-local-cluster-office-key-0001}
source scripts/postgres.sh
[ -n "${ConnectionStrings__EventStore:-}" ] && export OLYMPICS_TEST_PG="$ConnectionStrings__EventStore"
pg_start
pids=()
stop() {
  trap - EXIT INT TERM
  echo "cluster: stopping ${#pids[@]} silo(s)..." >&2
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait || true
  pg_stop
}
trap stop EXIT INT TERM

echo "cluster: building the silo (Release)..." >&2
dotnet build src/Silo -c Release -v q -nologo >&2
for i in $(seq 0 $((count - 1))); do
  settings=(--urls="http://127.0.0.1:$((5080 + i))" --Store=postgres --ConnectionStrings:EventStore="$OLYMPICS_TEST_PG"
    --Orleans:Membership:Store=postgres --Orleans:ClusterId=local --Orleans:AdvertisedAddress=127.0.0.1
    --Orleans:SiloPort=$((11111 + i)) --Orleans:GatewayPort=$((30000 + i)) --Admin:ApiKey="$admin"
    --Competition:Managers:local:ApiKey="$management" --Accreditations:Offices:local:ApiKey="$office")
  if [ "$i" = 0 ] && [ -n "${SEED_SCALE:-}" ]; then settings+=(--Games:Scale="$SEED_SCALE"); fi
  # The build's folder as content root: its appsettings.json (log levels and defaults) applies.
  dotnet src/Silo/bin/Release/net10.0/Olympics.Orleans.Silo.dll --contentRoot="$PWD/src/Silo/bin/Release/net10.0" \
    "${settings[@]}" "$@" > >(sed -u "s/^/[silo-$i] /") 2>&1 &
  pids+=($!)
  # The first silo creates the schema alone; the others then start together.
  if [ "$i" = 0 ] || [ "$i" = $((count - 1)) ]; then
    for j in $(seq 0 "$i"); do
      for _ in $(seq 1 120); do
        curl -sf "http://127.0.0.1:$((5080 + j))/health/ready" >/dev/null && break
        kill -0 "${pids[$j]}" 2>/dev/null || { echo "cluster: silo-$j exited" >&2; exit 1; }
        sleep 0.5
      done
    done
  fi
done

echo "cluster: $count silo(s) ready; their membership as silo-0 sees it:" >&2
curl -sf -H "X-API-KEY: $admin" http://127.0.0.1:5080/admin/cluster >&2 && echo >&2
for i in $(seq 0 $((count - 1))); do echo "cluster: silo-$i  http://127.0.0.1:$((5080 + i))/  dashboard /dashboard (admin key $admin)" >&2; done
echo "cluster: write with X-API-KEY: $management (venues, sessions, athletes) or $office (accreditations)" >&2
echo "cluster: Ctrl-C stops them" >&2
wait
