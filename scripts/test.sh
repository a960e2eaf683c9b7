#!/usr/bin/env bash
# Runs the whole test suite against a throwaway PostgreSQL (installed with apt-get when missing), with headless
# Chromium for the browser test (installed with apt-get when missing; the test fails without it, it never skips).
# Set OLYMPICS_TEST_PG to a connection string to use an existing server instead.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
source scripts/chromium.sh

chromium_ensure

pg_start fsync=off synchronous_commit=off full_page_writes=off
trap pg_stop EXIT

results=$(mktemp -d /tmp/olympics-tests.XXXXXX)
status=0
dotnet test Olympics.Orleans.sln --logger "trx;LogFilePrefix=tests" --results-directory "$results" "$@" || status=$?

# One closing line for people and CI alike, summed over every test project's results.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(value passed))); failed=$((failed + $(value failed))); skipped=$((skipped + $(value notExecuted)))
done
rm -rf "$results"
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then echo "tests: no test ran" >&2; status=1; fi
if [ "$skipped" -ne 0 ] && [ "$status" -eq 0 ]; then echo "tests: $skipped skipped; a skipped test is a failure here" >&2; status=1; fi
exit "$status"
