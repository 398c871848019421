#!/usr/bin/env bash
# The same controls over the same CloudTrail file two ways: `trailalarm scan` (native matcher) and the SQL that
# `trailalarm query --engine duckdb` prints, run by DuckDB (bench/TrailAlarm.Sql.Bench). Both must find the same
# number of matches. Whole-process wall and CPU seconds on one core (taskset -c 0), and DuckDB on every core.
# Usage: bench/sql-vs-scan.sh [MB=64]   (data from bench/scan-generate.sh, in bench/data/)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/.."
mb="${1:-64}"
"$here/scan-generate.sh" "$mb" >/dev/null
data="$here/data/scan-${mb}mb.jsonl"
query="$here/data/sql-${mb}mb.sql"
dotnet build -c Release -nologo -v q "$here/TrailAlarm.Sql.Bench" >/dev/null
bench="$here/TrailAlarm.Sql.Bench/bin/Release/net10.0/TrailAlarm.Sql.Bench"
"$root/trailalarm" query --engine duckdb --table "$data" >"$query"
cat "$data" >/dev/null
timed() { /usr/bin/time -f "  wall %e s, CPU %U+%S s, peak RSS %M KB" "$@"; }
echo "== trailalarm scan (all controls), one core"
timed taskset -c 0 "$root/trailalarm" scan "$data" --format ndjson | grep -c '"controlId"' | sed 's/^/  matches: /'
for source in "$data" "$data.gz"; do
  "$root/trailalarm" query --engine duckdb --table "$source" >"$query"
  echo "== DuckDB, the printed query over $(basename "$source"), one thread"
  timed taskset -c 0 "$bench" "$query" 1 | sed 's/^/  /'
  echo "== DuckDB, every core"
  timed "$bench" "$query" | sed 's/^/  /'
done
