#!/usr/bin/env bash
# Prints what the least-privilege rules (IAM020-IAM025) cost on a corpus run, measured side by side in one run:
# the same directory linted with those rules disabled and enabled, alternately, RUNS times each, CPU time
# (user + system) of each JVM; then the ratio of the medians and the findings of each new rule. Figures only.
# Usage: bench/iam-corpus.sh [RUNS] [DIRECTORY]   (build first: mvn -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
dir=${2:-../shared/corpus}
jar=target/stacklint.jar
[[ -f $jar ]] || { echo "build first: mvn -q package -DskipTests" >&2; exit 2; }
[[ -d $dir ]] || { echo "no such directory: $dir" >&2; exit 2; }
rules=IAM020,IAM021,IAM022,IAM023,IAM024,IAM025

cpu_ms() { # CPU time of one run, in ms
  local TIMEFORMAT='%U %S' t
  t=$( { time java -jar "$jar" --no-config --fail-on none "$@" "$dir" >/dev/null 2>&1; } 2>&1 )
  awk -v t="$t" 'BEGIN { split(t, a, " "); printf "%d\n", (a[1] + a[2]) * 1000 }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

without=(); with=()
java -jar "$jar" --no-config --fail-on none "$dir" >/dev/null 2>&1 || true   # warm the file cache
for i in $(seq "$runs"); do
  without+=("$(cpu_ms --disable "$rules")")
  with+=("$(cpu_ms)")
  echo "run $i: without IAM020-025 ${without[-1]} ms CPU, with ${with[-1]} ms CPU"
done
a=$(printf '%s\n' "${without[@]}" | median)
b=$(printf '%s\n' "${with[@]}" | median)
echo "median CPU over $runs runs: without $a ms, with $b ms, ratio $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.3f", b / a }')"
echo "findings of the new rules on $dir:"
java -jar "$jar" --no-config --fail-on none "$dir" 2>/dev/null | grep -oE '\[IAM02[0-5]\]$' | sort | uniq -c || true
