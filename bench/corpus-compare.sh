#!/usr/bin/env bash
# Prints the CPU time (user + sys) of linting the real-world corpus folders with two builds, run alternately in
# one session so that the machine's noise hits both alike, and their ratio. Figures only; nothing here fails.
# Usage: bench/corpus-compare.sh OTHER_JAR [RUNS]   (build first: mvn -q package -DskipTests; OTHER_JAR is the
# build to compare with, e.g. one made from an earlier commit in a git worktree)
set -euo pipefail
cd "$(dirname "$0")/.."
other=${1:?usage: bench/corpus-compare.sh OTHER_JAR [RUNS]}
runs=${2:-5}
jar=target/stacklint.jar
corpus=../shared/corpus
[[ -f $jar ]] || { echo "build first: mvn -q package -DskipTests" >&2; exit 2; }
[[ -d $corpus ]] || { echo "no corpus at $corpus" >&2; exit 2; }
folders=("$corpus/workflows" "$corpus/sfn-templates" "$corpus/aws-cloudformation-templates" "$corpus/asl")

cpu_ms() { # CPU milliseconds of one run of the jar given
  local times; times=$(mktemp)
  /usr/bin/time -o "$times" -f "%U %S" java -jar "$1" --no-config --fail-on none "${folders[@]}" >/dev/null 2>&1 || true
  awk '{printf "%d", ($1 + $2) * 1000}' "$times"; rm -f "$times"
}

this_total=0; other_total=0
for i in $(seq "$runs"); do
  o=$(cpu_ms "$other"); t=$(cpu_ms "$jar")
  other_total=$((other_total + o)); this_total=$((this_total + t))
  echo "run $i: other $o ms, this $t ms"
done
awk -v t="$this_total" -v o="$other_total" -v n="$runs" \
  'BEGIN {printf "mean CPU: other %d ms, this %d ms, ratio this/other %.3f\n", o / n, t / n, t / o}'
