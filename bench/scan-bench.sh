#!/usr/bin/env bash
# Scan benchmarks (see bench/README.md, "Scanning"). Needs bench/scan-generate.sh data, jq 1.6, zcat, GNU time.
# Reports CPU seconds (user+sys) as well as wall time: on a shared machine wall time mostly measures the neighbours.
# Usage: bench/scan-bench.sh [MB=256] [BIG_MB=1024]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/.."
shared="${TRAILALARM_SHARED:-$root/../shared}"
[ -d "$shared/specs" ] || shared=/work/shared
mb="${1:-256}"; big="${2:-1024}"
data="$here/data/scan-${mb}mb.jsonl"
"$here/scan-generate.sh" "$mb" >/dev/null
# A private Release build, so edits to the sources during a run cannot trigger a rebuild inside a timing.
dotnet build "$root/src/TrailAlarm.Cli/TrailAlarm.Cli.csproj" -c Release -o "$here/data/cli" -nologo -v quiet >/dev/null
cli=("$here/data/cli/trailalarm")
"${cli[@]}" --version >/dev/null
bytes=$(stat -c %s "$data")
cat "$data" "$data.gz" >/dev/null  # warm the page cache for every contender alike

measure() { # label, command...: prints "label cpu wall rss" and keeps the command's stdout in $out
  local label="$1"; shift
  local t; t=$(mktemp)
  out=$(/usr/bin/time -f "%U %S %e %M" -o "$t" "$@")
  read -r u s e m <"$t"; rm -f "$t"
  wall="$e"
  cpu=$(echo "$u + $s" | bc)
  printf '%-44s cpu %6.2f s  wall %6.2f s  rss %7d KB  %s\n' "$label" "$cpu" "$e" "$m" "$(echo "$out" | tail -c 120 | tr '\n' ' ')"
  last_cpu="$cpu"
}

mbps() { echo "scale=0; $bytes / 1048576 / $1" | bc; }

echo "input: $data ($((bytes / 1048576)) MB, $(wc -l <"$data") records), one core (taskset -c 0)"
filter='select(.eventName=="CreateTrail" or .eventName=="UpdateTrail" or .eventName=="DeleteTrail" or .eventName=="StartLogging" or .eventName=="StopLogging")'
measure "jq 1.6, CIS 4.5" taskset -c 0 sh -c "jq -c '$filter' '$data' | wc -l"; jq_cpu=$last_cpu; jq_count=$out
measure "trailalarm scan, CIS 4.5" taskset -c 0 sh -c "'${cli[0]}' scan '$data' --controls cloudtrail-changes-monitored --format ndjson | grep -c controlId"; ta_cpu=$last_cpu; ta_count=$out
echo "counts: jq $jq_count, trailalarm $ta_count; speed-up $(echo "scale=1; $jq_cpu / $ta_cpu" | bc)x; trailalarm $(mbps "$ta_cpu") MB/s per CPU second"
measure "trailalarm scan --strict, CIS 4.5" taskset -c 0 "${cli[@]}" scan "$data" --controls cloudtrail-changes-monitored --format ndjson --strict
measure "zcat alone (.gz)" taskset -c 0 sh -c "zcat '$data.gz' >/dev/null"; z_cpu=$last_cpu
measure "trailalarm scan .gz, CIS 4.5" taskset -c 0 "${cli[@]}" scan "$data.gz" --controls cloudtrail-changes-monitored --format ndjson
echo "gzip: trailalarm $(echo "scale=2; $z_cpu / $last_cpu" | bc)x the speed of zcat alone"
measure "all CIS patterns, one pass, 1 core" taskset -c 0 "${cli[@]}" scan "$data" --patterns-file "$shared/specs/cis-monitoring-patterns.json" --format ndjson
echo "all CIS patterns: $(mbps "$last_cpu") MB/s per CPU second"
measure "all CIS patterns, one pass, all cores" "${cli[@]}" scan "$data" --patterns-file "$shared/specs/cis-monitoring-patterns.json" --format ndjson
echo "all CIS patterns on $(nproc) cores: $(mbps "$wall") MB/s wall ($(mbps "$last_cpu") MB/s per CPU second)"
aot="$here/data/aot-v3/trailalarm"
if [ "${SCAN_BENCH_AOT:-1}" = 1 ]; then
  # Native AOT for x86-64-v3 (AVX2): no JIT start-up; the default AOT target (x86-64-v1) lacks the vector paths.
  dotnet publish "$root/src/TrailAlarm.Cli/TrailAlarm.Cli.csproj" -c Release -r linux-x64 -p:IlcInstructionSet=x86-64-v3 \
    -p:CppCompilerAndLinker=gcc -o "$here/data/aot-v3" -nologo >"$here/data/aot-v3.log" 2>&1 || echo "AOT publish failed (see bench/data/aot-v3.log)"
  if [ -x "$aot" ]; then
    measure "AOT x86-64-v3 scan, CIS 4.5" taskset -c 0 sh -c "'$aot' scan '$data' --controls cloudtrail-changes-monitored --format ndjson | grep -c controlId"
    echo "AOT: counts $out, speed-up vs jq $(echo "scale=1; $jq_cpu / $last_cpu" | bc)x"
  fi
fi
if [ "$big" != 0 ]; then
  "$here/scan-generate.sh" "$big" >/dev/null
  bigdata="$here/data/scan-${big}mb.jsonl"
  measure "peak RSS, CIS 4.5 + --simulate-alarm, ${big} MB" "${cli[@]}" scan "$bigdata" --simulate-alarm --format ndjson
fi
