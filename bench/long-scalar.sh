#!/usr/bin/env bash
# Prints the CPU seconds and peak RSS of linting one template whose single scalar grows from 1 to 8 MB, in each
# YAML style and in JSON, so that reading that is superlinear in a scalar's length shows up as a ratio (doubling
# the size should about double the cost above start-up). Figures only. Usage: bench/long-scalar.sh [MEGABYTES...]
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/stacklint.jar
[[ -f $jar ]] || { echo "build first: mvn -q package -DskipTests" >&2; exit 2; }
sizes=("$@"); [[ ${#sizes[@]} -gt 0 ]] || sizes=(1 2 4 8)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
printf '%-14s %6s %10s %10s\n' style MB cpu_s rss_MiB
for mb in "${sizes[@]}"; do
  python3 - "$mb" "$work" <<'PY'
import json, sys
mb, work = int(sys.argv[1]), sys.argv[2]
head = "Resources:\n  F:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      RoleArn: arn:aws:iam::123456789012:role/x\n      DefinitionString: "
d = json.dumps({"StartAt": "A", "States": {"A": {"Type": "Pass", "Comment": "a" * (mb << 20), "End": True}}}, separators=(",", ":"))
styles = {"double": json.dumps(d), "single": "'" + d + "'", "literal": "|\n        " + d, "folded": ">-\n        " + d, "plain-sub": "!Sub '" + d + "'"}
for name, text in styles.items():
    open(f"{work}/{name}.yaml", "w").write(head + text + "\n")
json.dump({"Resources": {"F": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {"RoleArn": "arn:aws:iam::123456789012:role/x", "DefinitionString": d}}}}, open(f"{work}/json.json", "w"))
PY
  for file in "$work"/*.yaml "$work"/json.json; do
    /usr/bin/time -o "$work/time" -f '%U %S %M' java -jar "$jar" --no-config "$file" >/dev/null 2>&1 || true
    read -r user sys rss <"$work/time"
    printf '%-14s %6s %10.2f %10d\n' "$(basename "${file%.*}")" "$mb" "$(echo "$user + $sys" | bc)" $((rss / 1024))
  done
done
