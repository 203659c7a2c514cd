#!/usr/bin/env bash
# Proves that 'stacklint graph' writes Mermaid that the real Mermaid parser (the npm package, pinned in
# bench/mermaid/package.json) accepts: the README's example, a fixture with every shape (testdata/graph), and
# state machines of the shared corpus. .ci/run runs it where node is installed.
# Usage: bench/mermaid-check.sh [CORPUS_SAMPLE]   (build first: mvn -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
sample=${1:-40}
jar=target/stacklint.jar
[[ -f $jar ]] || { echo "build first: mvn -q package -DskipTests" >&2; exit 2; }
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "mermaid check skipped: node and npm are not installed"
  exit 0
fi
work=target/mermaid-check
mkdir -p "$work/diagrams"
rm -f "$work"/diagrams/*.mmd
cp bench/mermaid/package.json bench/mermaid/check.mjs "$work/"
if [[ ! -d $work/node_modules/mermaid ]]; then
  if ! (cd "$work" && npm install --no-audit --no-fund --loglevel=error >/dev/null); then
    echo "mermaid check skipped: npm install of the Mermaid parser failed (no registry?)"
    exit 0
  fi
fi

n=0
draw() {
  n=$((n + 1))
  local out=$work/diagrams/$n-$(basename "$1").mmd
  # A file without a state machine to draw (exit 2) is not a diagram to check.
  java -jar "$jar" graph "$1" > "$out" 2>/dev/null || rm -f "$out"
}
draw testdata/examples/order-workflow.yaml
draw testdata/graph/fulfilment.asl.json
for dir in ../shared/corpus/sfn-templates ../shared/corpus/workflows ../shared/corpus/asl; do
  [[ -d $dir ]] || continue
  while IFS= read -r file; do draw "$file"; done < <(grep -rlE --include='*.json' --include='*.yaml' --include='*.yml' \
      '"?StartAt"?[[:space:]]*:' "$dir" | sort | head -n $((sample / 3)))
done
# The control: a diagram Mermaid must reject, so a parser that accepts anything cannot pass this check.
printf 'flowchart TD\n  a["unclosed --> b\n  subgraph\n' > "$work/diagrams/control.invalid.mmd"
node "$work/check.mjs" "$work"/diagrams/*.mmd
