#!/usr/bin/env bash
# stacklint side by side with its peers, on one machine in one run, as CPU seconds (steadier than wall time on
# a shared machine), wall seconds and peak RSS, each the median of RUNS interleaved runs:
#   start-up: one small template, cold, against `java -version` (java -jar, and bin/stacklint with its class archive),
#   and bin/stacklint --version (the fixed cost of the JVM, the jar and the command line);
#   throughput: the strict-JSON state machine definitions of ../shared/corpus/asl linted in one process by stacklint,
#   by asl-validator and by the AWS Toolkit's amazon-states-language-service (installed from npm into a temporary
#   folder; skipped with a message where npm is absent), against plain Jackson readTree of the same files; and the
#   CloudFormation corpus folders (aws-cloudformation-templates, workflows, sfn-templates) against the same floor.
#   stacklint runs both as `java -jar` and as bin/stacklint (class-data archive, C1 only: what the hook runs).
# Figures only; nothing here fails on a number. Usage: bench/compare.sh [RUNS]  (build first: mvn -q package -DskipTests)
# STACKLINT_JAR=other.jar measures another build; BEFORE_JAR=older.jar adds that build's stacklint rows to the same
# interleaved runs (each case once per round for both builds), for a before/after table; PEERS=0 skips the npm peers.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=${STACKLINT_JAR:-target/stacklint.jar}
export STACKLINT_JAR=$jar
corpus=../shared/corpus
[[ -f $jar ]] || { echo "build first: mvn -q package -DskipTests" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
template=testdata/examples/order-workflow.yaml

# The definition set: every definition file of the corpus that is strict JSON, one .asl.json file each.
mkdir -p "$work/defs"
if [[ -d $corpus/asl ]]; then
  python3 - "$corpus/asl" "$work/defs" <<'PY'
import json, os, sys
src, out = sys.argv[1], sys.argv[2]
n = 0
for root, _, files in sorted(os.walk(src)):
    for name in sorted(files):
        if not (name.endswith(".json") or name.endswith(".json5")):
            continue
        text = open(os.path.join(root, name), encoding="utf-8", errors="replace").read()
        try:
            if not isinstance(json.loads(text), dict):
                continue
        except ValueError:
            continue
        n += 1
        open(os.path.join(out, f"{n:04d}.asl.json"), "w", encoding="utf-8").write(text)
PY
fi
definitions=$(find "$work/defs" -type f | wc -l)
templates=()
for folder in aws-cloudformation-templates workflows sfn-templates; do
  [[ -d $corpus/$folder ]] && templates+=("$corpus/$folder")
done

javac -d "$work/floor" -cp "$jar" bench/JacksonFloor.java

peers=()
if [[ ${PEERS:-1} == 0 ]]; then
  echo "PEERS=0: asl-validator and amazon-states-language-service skipped" >&2
elif command -v npm >/dev/null && command -v node >/dev/null; then
  if (cd "$work" && mkdir -p npm && cd npm && npm init -y >/dev/null 2>&1 \
      && npm install --silent --no-audit --no-fund asl-validator amazon-states-language-service vscode-languageserver-textdocument >/dev/null 2>&1); then
    cat >"$work/npm/asl-validator.js" <<'JS'
const fs = require("fs"), path = require("path");
const validator = require("asl-validator");
const dir = process.argv[2];
let invalid = 0;
for (const name of fs.readdirSync(dir).sort()) {
  const result = validator(JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")));
  if (!result.isValid) invalid++;
}
console.log(`${invalid} invalid`);
JS
    cat >"$work/npm/language-service.js" <<'JS'
const fs = require("fs"), path = require("path");
const { getLanguageService } = require("amazon-states-language-service");
const { TextDocument } = require("vscode-languageserver-textdocument");
const service = getLanguageService({});
(async () => {
  let diagnostics = 0;
  const dir = process.argv[2];
  for (const name of fs.readdirSync(dir).sort()) {
    const doc = TextDocument.create("file:///" + name, "json", 0, fs.readFileSync(path.join(dir, name), "utf8"));
    diagnostics += (await service.doValidation(doc, service.parseJSONDocument(doc))).length;
  }
  console.log(`${diagnostics} diagnostics`);
})();
JS
    peers=(asl-validator language-service)
  else
    echo "npm install failed (offline?): asl-validator and amazon-states-language-service skipped" >&2
  fi
else
  echo "npm or node is absent: asl-validator and amazon-states-language-service skipped" >&2
fi

export XDG_CACHE_HOME=$work/cache
bin/stacklint --no-config "$template" >/dev/null 2>&1 || true   # the first run writes the class-data-sharing archive
before=${BEFORE_JAR:-}
if [[ -n $before ]]; then
  [[ -f $before ]] || { echo "BEFORE_JAR $before not found" >&2; exit 2; }
  # A copy without its own archive beside it: bin/stacklint records one for it in $XDG_CACHE_HOME on this first run.
  cp "$before" "$work/before.jar"
  STACKLINT_JAR=$work/before.jar bin/stacklint --no-config "$template" >/dev/null 2>&1 || true
fi

# name -> command; each run appends "cpu wall rss_kib" to $work/<name>.times
declare -A commands=(
  [java-version]="java -version"
  [java-jar]="java -jar $jar --no-config $template"
  [bin-stacklint]="bin/stacklint --no-config $template"
  [bin-stacklint-version]="bin/stacklint --version"
  [floor]="java -cp $jar:$work/floor JacksonFloor $work/defs"
  [stacklint-defs]="java -jar $jar --no-config --fail-on none $work/defs"
  [stacklint-defs-1job]="java -jar $jar --no-config --fail-on none --jobs 1 $work/defs"
  [bin-stacklint-defs]="bin/stacklint --no-config --fail-on none $work/defs"
  [floor-templates]="java -cp $jar:$work/floor JacksonFloor ${templates[*]}"
  [stacklint-templates]="java -jar $jar --no-config --fail-on none ${templates[*]}"
  [bin-stacklint-templates]="bin/stacklint --no-config --fail-on none ${templates[*]}"
  [asl-validator]="node $work/npm/asl-validator.js $work/defs"
  [language-service]="node $work/npm/language-service.js $work/defs"
)
if [[ -n $before ]]; then
  for name in java-jar bin-stacklint bin-stacklint-version stacklint-defs bin-stacklint-defs stacklint-templates bin-stacklint-templates; do
    commands[before:$name]="env STACKLINT_JAR=$work/before.jar ${commands[$name]//$jar/$work/before.jar}"
  done
fi
order=(java-version java-jar bin-stacklint bin-stacklint-version)
[[ $definitions -gt 0 ]] && order+=(floor stacklint-defs stacklint-defs-1job bin-stacklint-defs "${peers[@]}")
[[ ${#templates[@]} -gt 0 ]] && order+=(floor-templates stacklint-templates bin-stacklint-templates)
if [[ -n $before ]]; then
  with_before=()
  for name in "${order[@]}"; do
    with_before+=("$name")
    [[ -n ${commands[before:$name]:-} ]] && with_before+=("before:$name")
  done
  order=("${with_before[@]}")
fi
for _ in $(seq "$runs"); do
  for name in "${order[@]}"; do
    /usr/bin/time -o "$work/t" -f '%U %S %e %M' ${commands[$name]} >/dev/null 2>&1 || true
    read -r user sys wall rss < <(tail -1 "$work/t")
    echo "$(echo "$user + $sys" | bc) $wall $rss" >>"$work/$name.times"
  done
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
echo "stacklint $jar ($(git describe --always --dirty 2>/dev/null)), $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(uname -sm), $(java -version 2>&1 | head -1)"
echo "$runs interleaved runs each, medians; $definitions definitions; templates: ${templates[*]:-none}; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "ratio: start-up rows to java -version, definition rows to the Jackson floor, template rows to its floor"
[[ -n $before ]] && echo "before: rows of $before, run in the same rounds"
printf '%-29s %8s %8s %9s %7s\n' case cpu_s wall_s rss_MiB ratio
base_startup=$(cut -d' ' -f1 "$work/java-version.times" | median)
base_floor=$( [[ -f $work/floor.times ]] && cut -d' ' -f1 "$work/floor.times" | median || echo 0)
base_templates=$( [[ -f $work/floor-templates.times ]] && cut -d' ' -f1 "$work/floor-templates.times" | median || echo 0)
for name in "${order[@]}"; do
  cpu=$(cut -d' ' -f1 "$work/$name.times" | median)
  wall=$(cut -d' ' -f2 "$work/$name.times" | median)
  rss=$(cut -d' ' -f3 "$work/$name.times" | median)
  case ${name#before:} in java-version|java-jar|bin-stacklint|bin-stacklint-version) base=$base_startup ;; *templates) base=$base_templates ;; *) base=$base_floor ;; esac
  printf '%-29s %8.2f %8.2f %9.0f %6.1fx\n' "$name" "$cpu" "$wall" "$(echo "$rss / 1024" | bc)" "$(echo "scale=2; $cpu / $base" | bc)"
done
