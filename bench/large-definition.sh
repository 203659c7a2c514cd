#!/usr/bin/env bash
# Prints how long one lint takes on generated definitions of growing size (a chain of Pass states, standalone and
# inside a DefinitionString), so that a rule that is quadratic in the number of states shows up as a number.
# Figures only; nothing here fails on a number. Usage: bench/large-definition.sh [SIZES...]
# (build first: mvn -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/stacklint.jar
[[ -f $jar ]] || { echo "build first: mvn -q package -DskipTests" >&2; exit 2; }
sizes=("$@"); [[ ${#sizes[@]} -gt 0 ]] || sizes=(250 1000 4000)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

for n in "${sizes[@]}"; do
  python3 - "$n" "$work" <<'PY'
import json, sys
n, work = int(sys.argv[1]), sys.argv[2]
states = {f"S{i}": {"Type": "Pass", "Next": f"S{i + 1}"} for i in range(n)}
states[f"S{n}"] = {"Type": "Succeed"}
definition = json.dumps({"StartAt": "S0", "States": states})
open(f"{work}/chain{n}.asl.json", "w").write(definition)
open(f"{work}/chain{n}.yaml", "w").write(
    "Resources:\n  Flow:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n"
    "      RoleArn: arn:aws:iam::123456789012:role/flow\n      DefinitionString: " + json.dumps(definition) + "\n")
PY
  for file in "$work/chain$n.asl.json" "$work/chain$n.yaml"; do
    size=$(wc -c <"$file")
    start=$(date +%s%N); java -jar "$jar" --no-config "$file" >/dev/null 2>&1 || true; end=$(date +%s%N)
    echo "$n states, $(basename "$file") ($size bytes): $(( (end - start) / 1000000 )) ms"
  done
done
