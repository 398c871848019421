#!/usr/bin/env python3
"""Builds a large CloudTrail NDJSON file from the shared background corpus for the whole-process benchmark.

Every background record is repeated with a fresh eventID (and requestID); about 0.05% of the output lines are
trail-tampering events (CreateTrail, UpdateTrail, DeleteTrail, StartLogging, StopLogging) taken from the control's
sample events, also with fresh ids. Deterministic (seeded) so counts are reproducible.
usage: generate-cloudtrail.py BACKGROUND.jsonl.gz SAMPLES.jsonl OUT.jsonl TARGET_MB
"""
import gzip, random, re, sys, uuid

background_path, samples_path, out_path, target_mb = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
rng = random.Random(20261122)
background = [l.rstrip("\n") for l in gzip.open(background_path, "rt", encoding="utf-8") if l.strip()]
tampering = [l.rstrip("\n") for l in open(samples_path, encoding="utf-8") if l.strip()]
ids = re.compile(r'"(eventID|requestID)":"[^"]*"')

def fresh(line):
    return ids.sub(lambda m: '"%s":"%s"' % (m.group(1), uuid.UUID(int=rng.getrandbits(128), version=4)), line)

target = int(target_mb * 1e6)
written = lines = tampered = 0
with open(out_path, "w", encoding="utf-8", newline="\n") as out:
    while written < target:
        for line in background:
            if rng.random() < 0.0005:
                t = fresh(rng.choice(tampering)) + "\n"
                out.write(t); written += len(t.encode()); lines += 1; tampered += 1
            l = fresh(line) + "\n"
            out.write(l); written += len(l.encode()); lines += 1
            if written >= target:
                break
print(f"lines={lines} tampering={tampered} bytes={written}", file=sys.stderr)
print(tampered)
