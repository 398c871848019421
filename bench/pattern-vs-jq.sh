#!/usr/bin/env bash
# Whole-process comparison: count the CIS 4.5 (CloudTrail changes) matches in a >= 200 MB CloudTrail NDJSON file
# with TrailAlarm's engine, jq 1.6 (same selection) and grep -F (the five literals), all pinned to one core.
# Usage: bench/pattern-vs-jq.sh [SIZE_MB]   (default 210). Data goes to bench/data/ (git-ignored).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${TRAILALARM_SHARED:-}"
[ -n "$shared" ] || for c in "$root/../shared" "/work/shared"; do [ -d "$c/corpus" ] && shared="$c" && break; done
[ -d "$shared/corpus/cloudtrail" ] || { echo "pattern-vs-jq: shared corpus not found (set TRAILALARM_SHARED)" >&2; exit 2; }
size_mb="${1:-210}"
data="$root/bench/data/cloudtrail-${size_mb}mb.jsonl"
runs="${RUNS:-3}"
pattern='{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }'
jq_filter='select(type == "object" and (.eventName == "CreateTrail" or .eventName == "UpdateTrail" or .eventName == "DeleteTrail" or .eventName == "StartLogging" or .eventName == "StopLogging"))'

mkdir -p "$root/bench/data"
if [ ! -s "$data" ]; then
  echo "generating $data ..." >&2
  python3 "$root/bench/generate-cloudtrail.py" "$shared/corpus/cloudtrail/background.jsonl.gz" \
    "$root/src/TrailAlarm/Catalogue/Data/events/cloudtrail-changes-monitored.jsonl" "$data" "$size_mb" > "$data.tampering"
fi
bytes=$(stat -c %s "$data")
cat "$data" > /dev/null   # warm the page cache so every tool reads from memory

dotnet build -c Release "$root/bench/TrailAlarm.Benchmarks" -nologo -v quiet > /dev/null
bench_dll="$root/bench/TrailAlarm.Benchmarks/bin/Release/net10.0/TrailAlarm.Benchmarks.dll"
aot="$root/.build/aot/trailalarm"
# The shipped Native AOT binary targets the baseline x64 instruction set; this one may use AVX2 (x86-64-v3).
aot_v3="$root/bench/data/aot-v3/trailalarm"
if [ ! -x "$aot_v3" ] || [ -n "$(find "$root/src" -name '*.cs' -newer "$aot_v3" -print -quit)" ]; then
  echo "publishing the CLI as Native AOT for x86-64-v3 into bench/data/aot-v3 ..." >&2
  linker=(); command -v clang >/dev/null 2>&1 || linker=(-p:CppCompilerAndLinker=gcc)
  dotnet publish "$root/src/TrailAlarm.Cli/TrailAlarm.Cli.csproj" -c Release -r linux-x64 -p:IlcInstructionSet=x86-64-v3 \
    "${linker[@]}" -o "$root/bench/data/aot-v3" -nologo > "$root/bench/data/aot-v3.log" 2>&1 || { tail -n 20 "$root/bench/data/aot-v3.log" >&2; exit 1; }
fi

# measure NAME CMD...: runs CMD $runs times on core 0; prints "NAME count best_wall best_cpu" (seconds).
measure() {
  local name="$1"; shift
  local best_wall="" best_cpu="" count="" t
  for _ in $(seq "$runs"); do
    /usr/bin/time -o /tmp/pattern-vs-jq.time -f "%e %U %S" taskset -c 0 "$@" > /tmp/pattern-vs-jq.out 2>/dev/null
    t=$(tail -n 1 /tmp/pattern-vs-jq.time)
    count=$(tr -d '[:space:]' < /tmp/pattern-vs-jq.out)
    read -r wall user sys <<< "$t"
    local cpu; cpu=$(echo "$user + $sys" | bc -l)
    if [ -z "$best_wall" ] || (( $(echo "$wall < $best_wall" | bc -l) )); then best_wall=$wall; fi
    if [ -z "$best_cpu" ] || (( $(echo "$cpu < $best_cpu" | bc -l) )); then best_cpu=$cpu; fi
  done
  echo "$name $count $best_wall $best_cpu"
}

results=()
results+=("$(measure trailalarm-aot-v3 "$aot_v3" pattern test "$pattern" "$data" --count)")
if [ -x "$aot" ]; then
  results+=("$(measure trailalarm-aot "$aot" pattern test "$pattern" "$data" --count)")
fi
results+=("$(measure engine-jit env DOTNET_TieredCompilation=0 dotnet "$bench_dll" count "$pattern" "$data")")
results+=("$(measure jq sh -c "jq -c '$jq_filter' '$data' | wc -l")")
results+=("$(measure grep-F grep -c -F -e CreateTrail -e UpdateTrail -e DeleteTrail -e StartLogging -e StopLogging "$data")")

jq_line=$(printf '%s\n' "${results[@]}" | grep '^jq ')
read -r _ _ jq_wall jq_cpu <<< "$jq_line"
echo "file: $data ($bytes bytes, $(wc -l < "$data") lines, $(cat "$data.tampering" 2>/dev/null || echo '?') tampering events)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
printf '%-16s %8s %9s %9s %10s %10s %9s %9s\n' tool matches wall_s cpu_s wall_MB/s cpu_MB/s x_jq_wall x_jq_cpu
for r in "${results[@]}"; do
  read -r name count wall cpu <<< "$r"
  printf '%-16s %8s %9.3f %9.3f %10.0f %10.0f %9.1f %9.1f\n' "$name" "$count" "$wall" "$cpu" \
    "$(echo "$bytes / 1000000 / $wall" | bc -l)" "$(echo "$bytes / 1000000 / $cpu" | bc -l)" \
    "$(echo "$jq_wall / $wall" | bc -l)" "$(echo "$jq_cpu / $cpu" | bc -l)"
done
