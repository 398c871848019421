#!/usr/bin/env bash
# Generates bench/data/scan-<MB>mb.jsonl (NDJSON) from the corpus background traffic: every record gets a fresh
# eventID and a moving eventTime; about 0.05 % of the records are trail-tampering calls (CIS 4.5 events).
# Usage: bench/scan-generate.sh [MB=256]   (also writes the .gz beside it)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mb="${1:-256}"
shared="${TRAILALARM_SHARED:-$here/../../shared}"
[ -d "$shared/corpus" ] || shared=/work/shared
out="$here/data/scan-${mb}mb.jsonl"
mkdir -p "$here/data"
if [ -s "$out" ] && [ -s "$out.gz" ]; then echo "$out exists"; exit 0; fi
python3 - "$shared/corpus/cloudtrail/background.jsonl.gz" "$out" "$mb" <<'PY'
import gzip, json, sys, uuid, random, datetime
src, out, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
random.seed(7)
base = [json.loads(l) for l in gzip.open(src, "rt")]
tamper = ["CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging"]
t = datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
target, written, n, tampered = mb << 20, 0, 0, 0
with open(out, "w") as f:
    while written < target:
        r = dict(random.choice(base))
        n += 1
        if random.random() < 0.0005:
            r["eventSource"] = "cloudtrail.amazonaws.com"
            r["eventName"] = random.choice(tamper)
            tampered += 1
        r["eventID"] = str(uuid.UUID(int=random.getrandbits(128)))
        t += datetime.timedelta(milliseconds=random.randint(1, 2000))
        r["eventTime"] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
        line = json.dumps(r, separators=(",", ":"))
        f.write(line + "\n")
        written += len(line) + 1
print(f"{out}: {written} bytes, {n} records, {tampered} tampering records")
PY
gzip -kf -6 "$out"
