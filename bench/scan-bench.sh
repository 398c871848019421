#!/usr/bin/env bash
# Scan benchmarks (see bench/README.md, "Scanning"). Needs bench/scan-generate.sh data, jq 1.6, zcat, GNU time.
# Times the shipped binary (scripts/publish-aot: Native AOT, x86-64-v3 when this CPU has it) as a whole process on
# one core (taskset -c 0). Reports the median of RUNS runs in CPU seconds (user + sys), which a busy neighbour
# disturbs far less than wall time.
# Usage: bench/scan-bench.sh [MB=256] [BIG_MB=1024]     RUNS=5 by default
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/.."
shared="${TRAILALARM_SHARED:-$root/../shared}"
[ -d "$shared/specs" ] || shared=/work/shared
mb="${1:-256}"; big="${2:-1024}"; runs="${RUNS:-5}"
data="$here/data/scan-${mb}mb.jsonl"
patterns="$shared/specs/cis-monitoring-patterns.json"
"$here/scan-generate.sh" "$mb" >/dev/null
"$root/scripts/publish-aot"
# A private copy, so a rebuild during a run cannot change the binary inside a timing.
mkdir -p "$here/data/bin" && cp "$root/.build/aot/trailalarm" "$here/data/bin/trailalarm"
cli="$here/data/bin/trailalarm"
bytes=$(stat -c %s "$data")
cat "$data" "$data.gz" >/dev/null  # warm the page cache for every contender alike

# measure LABEL COMMAND...: runs it RUNS times; prints the median CPU and wall seconds and the peak RSS; the
# command's stdout of the last run is kept in $out and the median CPU seconds in $cpu. CPU time comes from
# `perf stat` (task-clock, exact) when perf is installed, else from GNU time (10 ms steps).
measure() {
  local label="$1"; shift
  local t p cpus=() walls=() rss=0 u s e m
  t=$(mktemp); p=$(mktemp)
  for _ in $(seq "$runs"); do
    if command -v perf >/dev/null 2>&1; then
      out=$(/usr/bin/time -f "%U %S %e %M" -o "$t" perf stat -x, -e task-clock -o "$p" -- "$@" 2>/dev/null)
      read -r u s e m <"$t"
      cpus+=("$(awk -F, '/task-clock/ { printf "%.3f", $1 / 1000 }' "$p")")
    else
      out=$(/usr/bin/time -f "%U %S %e %M" -o "$t" "$@" 2>/dev/null)
      read -r u s e m <"$t"
      cpus+=("$(echo "$u + $s" | bc)")
    fi
    walls+=("$e"); [ "$m" -gt "$rss" ] && rss=$m
  done
  rm -f "$t" "$p"
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  local wall; wall=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  printf '%-48s cpu %6.3f s (runs: %s)  wall %6.2f s  rss %7d KB  out: %s\n' "$label" "$cpu" "${cpus[*]}" "$wall" "$rss" "$(echo "$out" | tail -c 100 | tr '\n' ' ')"
}
ratio() { echo "scale=1; $1 / $2" | bc; }
mbps() { echo "scale=0; $bytes / 1048576 / $1" | bc; }

echo "input: $data ($((bytes / 1048576)) MB, $(wc -l <"$data") records); binary: $("$cli" --version)"
filter='select(.eventName=="CreateTrail" or .eventName=="UpdateTrail" or .eventName=="DeleteTrail" or .eventName=="StartLogging" or .eventName=="StopLogging")'
runs_all=$runs; runs=$(( runs < 3 ? runs : 3 ))
measure "jq 1.6, CIS 4.5" taskset -c 0 sh -c "jq -c '$filter' '$data' | wc -l"; jq_cpu=$cpu; jq_count=$out
runs=$runs_all
measure "trailalarm scan, CIS 4.5" taskset -c 0 sh -c "'$cli' scan '$data' --controls cloudtrail-changes-monitored --format ndjson | grep -c controlId"
echo "CIS 4.5: counts jq $jq_count, trailalarm $out; $(ratio "$jq_cpu" "$cpu")x jq; $(mbps "$cpu") MB per CPU second"
measure "trailalarm scan --strict, CIS 4.5" taskset -c 0 "$cli" scan "$data" --controls cloudtrail-changes-monitored --format ndjson --strict
echo "--strict: $(ratio "$jq_cpu" "$cpu")x jq"
measure "zcat alone (.gz)" taskset -c 0 sh -c "zcat '$data.gz' >/dev/null"; z_cpu=$cpu
measure "trailalarm scan .gz, CIS 4.5" taskset -c 0 "$cli" scan "$data.gz" --controls cloudtrail-changes-monitored --format ndjson
echo "gzip: trailalarm $(ratio "$z_cpu" "$cpu")x the speed of zcat alone"
measure "all CIS patterns, one pass, 1 core" taskset -c 0 sh -c "'$cli' scan '$data' --patterns-file '$patterns' --format ndjson 2>/dev/null | wc -l"
echo "all CIS patterns: $(mbps "$cpu") MB per CPU second ($((out - 1)) matches)"
measure "all CIS patterns, one pass, all cores" "$cli" scan "$data" --patterns-file "$patterns" --format ndjson
echo "all CIS patterns on $(nproc) cores: $(mbps "$cpu") MB per CPU second"
if [ "$big" != 0 ]; then
  "$here/scan-generate.sh" "$big" >/dev/null
  bigdata="$here/data/scan-${big}mb.jsonl"
  runs=1
  measure "peak RSS, CIS controls + --simulate-alarm, ${big} MB" "$cli" scan "$bigdata" --simulate-alarm --format ndjson
fi
