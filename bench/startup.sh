#!/usr/bin/env bash
# Prints how long stacklint takes as a pre-commit hook runs it: a fresh JVM per call, on one template,
# and the throughput over a whole directory. Figures only; nothing here fails on a number.
# Usage: bench/startup.sh [RUNS] [DIRECTORY]   (build first: mvn -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
dir=${2:-../shared/corpus}
jar=target/stacklint.jar
[[ -f $jar ]] || { echo "build first: mvn -q package -DskipTests" >&2; exit 2; }

time_ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

for label in "default JVM" "-XX:TieredStopAtLevel=1 -Xshare:auto"; do
  flags=()
  [[ $label == "default JVM" ]] || read -r -a flags <<<"$label"
  total=0; best=999999
  for _ in $(seq "$runs"); do
    t=$(time_ms java "${flags[@]}" -jar "$jar" testdata/examples/order-workflow.yaml)
    total=$((total + t)); (( t < best )) && best=$t
  done
  echo "one template, $label: mean $((total / runs)) ms, best $best ms over $runs runs"
done
launcher_total=0; launcher_best=999999
XDG_CACHE_HOME=$(mktemp -d) && export XDG_CACHE_HOME
bin/stacklint testdata/examples/order-workflow.yaml >/dev/null 2>&1 || true   # first run writes the class archive
for _ in $(seq "$runs"); do
  t=$(time_ms bin/stacklint testdata/examples/order-workflow.yaml)
  launcher_total=$((launcher_total + t)); (( t < launcher_best )) && launcher_best=$t
done
echo "one template, bin/stacklint (class-data-sharing archive): mean $((launcher_total / runs)) ms, best $launcher_best ms over $runs runs"
echo "rules listing: $(time_ms java -jar "$jar" rules) ms"
if [[ -d $dir ]]; then
  files=$(find "$dir" -type f \( -name '*.json' -o -name '*.yaml' -o -name '*.yml' -o -name '*.template' \) | wc -l)
  t=$(time_ms java -jar "$jar" --fail-on none "$dir")
  echo "directory $dir: $files candidate files in $t ms"
fi
