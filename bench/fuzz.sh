#!/usr/bin/env bash
# A longer mutation-fuzz campaign than the suite's (MutationFuzzTest: 2,000 mutants, one seed): SEEDS campaigns
# of MUTATIONS mutated corpus files each, every one parsed and linted in-process; prints each seed's verdict.
# A failing seed is reproduced with: mvn -q -o test -Dtest=MutationFuzzTest -Dstacklint.fuzz.seed=SEED
# Usage: bench/fuzz.sh [SEEDS] [MUTATIONS]   (needs ../shared/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=${1:-10}
mutations=${2:-20000}
[[ -d ../shared/corpus ]] || { echo "../shared/corpus is absent: nothing to mutate" >&2; exit 2; }
failed=0
for seed in $(seq 1 "$seeds"); do
  if mvn -q -o test -Dtest=MutationFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
      -Dstacklint.fuzz.seed="$seed" -Dstacklint.fuzz.mutations="$mutations" >"/tmp/stacklint-fuzz-$seed.log" 2>&1; then
    echo "seed $seed: $mutations mutants, no internal error"
    rm -f "/tmp/stacklint-fuzz-$seed.log"
  else
    echo "seed $seed: FAILED, see /tmp/stacklint-fuzz-$seed.log"
    failed=$((failed + 1))
  fi
done
echo "$failed of $seeds campaigns failed"
