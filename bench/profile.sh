#!/usr/bin/env bash
# Where a stacklint run spends, two ways, printed (never asserted):
#   1. the class-load timeline: consecutive runs of classes from one library or stacklint package, with the
#      uptime they load at: at start-up, what each part of the work costs is mostly its classes (-Xlog:class+load);
#   2. JFR execution samples: the top frames, the innermost stacklint frame of each sample, and stacklint frames
#      inclusive. JFR samples Java code only (not the JIT compiler or class loading), so on a run of a second it
#      sees little; give it a larger input.
# Usage: bench/profile.sh [JVM_OPTION...] -- STACKLINT_ARGS...   e.g. bench/profile.sh -- --no-config testdata/examples/order-workflow.yaml
#        bench/profile.sh -XX:TieredStopAtLevel=1 -- --no-config --jobs 1 ../shared/corpus/workflows
# STACKLINT_JAR=other.jar profiles another build; TOP=N frames per list (default 15).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${STACKLINT_JAR:-target/stacklint.jar}
[[ -f $jar ]] || { echo "build first: mvn -q package -DskipTests" >&2; exit 2; }
jvm=()
while [[ $# -gt 0 && $1 != -- ]]; do jvm+=("$1"); shift; done
[[ ${1:-} == -- ]] && shift
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

java "${jvm[@]}" -Xlog:class+load:file="$work/classes.txt":uptime -jar "$jar" "$@" >/dev/null 2>&1 || true
java "${jvm[@]}" -XX:StartFlightRecording=filename="$work/run.jfr",settings=profile -Xlog:disable -jar "$jar" "$@" >/dev/null 2>&1 || true
jfr print --json --events jdk.ExecutionSample "$work/run.jfr" >"$work/samples.json"

python3 - "$work/classes.txt" "$work/samples.json" "${TOP:-15}" <<'PY'
import collections, json, re, sys
classes, samples, top = sys.argv[1], sys.argv[2], int(sys.argv[3])

def group(name):
    parts = name.split(".")
    if name.startswith("io.stacklint."):
        return ".".join(parts[2:4]) if len(parts) > 4 else parts[2]
    for prefix, label in (("com.fasterxml.jackson.", None), ("com.networknt.", "networknt"), ("org.yaml.snakeyaml.", "snakeyaml"),
                          ("picocli.", "picocli")):
        if name.startswith(prefix):
            return label or "jackson." + parts[3]
    return None

rows = [(float(m.group(1)), m.group(2)) for m in (re.match(r"\[(\d+\.\d+)s\] (\S+) source", l) for l in open(classes)) if m]
print(f"== class-load timeline: {len(rows)} classes, the last at {rows[-1][0]:.3f} s (runs of 5 or more classes)")
runs = []
for at, name in rows:
    g = group(name)
    if g is None:
        continue
    if runs and runs[-1][0] == g:
        runs[-1][2] = at; runs[-1][3] += 1
    else:
        runs.append([g, at, at, 1])
for g, start, end, count in runs:
    if count >= 5:
        print(f"  {start:.3f}-{end:.3f} s  {g:22s} {count:4d} classes")
totals = collections.Counter(group(n) or "jdk" for _, n in rows)
print("  classes by origin: " + ", ".join(f"{g} {c}" for g, c in totals.most_common(12)))

events = json.load(open(samples))["recording"]["events"]
def frame(f):
    return f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
own, innermost, inclusive = collections.Counter(), collections.Counter(), collections.Counter()
for e in events:
    frames = [frame(f) for f in e["values"]["stackTrace"]["frames"]]
    if not frames:
        continue
    own[frames[0]] += 1
    ours = [f for f in frames if f.startswith("io.stacklint.")]
    if ours:
        innermost[ours[0]] += 1
    for f in set(ours):
        inclusive[f] += 1
total = max(1, len(events))
for title, counter in (("top frames", own), ("innermost stacklint frame", innermost), ("stacklint frames, inclusive", inclusive)):
    print(f"== JFR {title} ({len(events)} samples)")
    for name, count in counter.most_common(top):
        print(f"  {count:5d} {100 * count / total:5.1f}%  {name}")
PY
