#!/usr/bin/env bash
# Prints the CPU seconds and peak RSS of loading generated declarative rule packs of growing size (and linting one
# template with them), so that loading that grows faster than the pack shows up as a ratio; the largest pack is
# also loaded with -Xmx64m, to show that a rule costs little memory. Figures only.
# Usage: bench/large-pack.sh [SIZES...]   (build first: mvn -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/stacklint.jar
[[ -f $jar ]] || { echo "build first: mvn -q package -DskipTests" >&2; exit 2; }
sizes=("$@"); [[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 2500 5000 10000)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
printf '%8s %8s %9s %s\n' rules cpu_s rss_MiB heap
for n in "${sizes[@]}"; do
  mkdir -p "$work/pack$n"
  python3 - "$n" "$work/pack$n" <<'PY'
import sys
n, out = int(sys.argv[1]), sys.argv[2]
for i in range(n):
    open(f"{out}/r{i:05d}.yaml", "w").write(f"""id: ACME{i:05d}
name: rule-{i}
title: x
severity: warning
since: "1"
select: {{cfn-resource: AWS::IAM::Role}}
require: {{path: Properties/X, present: true}}
message: "x {{logicalId}}"
""")
PY
  for heap in default -Xmx64m; do
    [[ $heap == default || $n == "${sizes[-1]}" ]] || continue
    opts=(); [[ $heap == default ]] || opts=("$heap")
    /usr/bin/time -o "$work/t" -f '%U %S %M' java "${opts[@]}" -jar "$jar" --no-config --rules "$work/pack$n" testdata/examples/order-workflow.yaml >/dev/null 2>&1 || true
    read -r user sys rss < <(tail -1 "$work/t")
    printf '%8d %8.2f %9d %s\n' "$n" "$(echo "$user + $sys" | bc)" $((rss / 1024)) "$heap"
  done
done
