#!/usr/bin/env bash
# Coverage-guided fuzzing of the batch reader ("csv") and the rules.yaml parser ("yaml") with SharpFuzz and AFL++.
# Usage: bash fuzz/run.sh [SECONDS-PER-TARGET] [TARGET...]     (default 60 s, both targets)
# Long run:  bash fuzz/run.sh 3600
# Reproducible run (CI): FUZZ_EXECS=150000 bash fuzz/run.sh   (a fixed RNG seed and about that many executions per target)
# Needs afl-fuzz (Debian: apt-get install afl++). Prints each target's figures; exits 1 when a crash or hang was saved.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("${@:-csv}")
[ $# -gt 0 ] || targets=(csv yaml)
command -v afl-fuzz >/dev/null || { echo "fuzz: afl-fuzz not found (apt-get install afl++)"; exit 2; }

tools="${XDG_CACHE_HOME:-$HOME/.cache}/b2brules-fuzz-tools"
[ -x "$tools/sharpfuzz" ] || dotnet tool install --tool-path "$tools" SharpFuzz.CommandLine --version 2.3.0 >/dev/null
out=$(mktemp -d)
dotnet build fuzz/B2BRules.Fuzz -c Release -o "$out/bin" -v quiet -nologo >/dev/null
for dll in B2BRules.Engine.dll CsvHelper.dll YamlDotNet.dll; do "$tools/sharpfuzz" "$out/bin/$dll" >/dev/null; done

# Seed corpora: the project's own batches and rules files, and the inputs fuzzing found before.
mkdir -p "$out/seeds/csv" "$out/seeds/yaml"
n=0; for f in samples/*.csv tests/scenarios/*/input.csv tests/policy-fixtures/*/input.csv; do n=$((n + 1)); cp "$f" "$out/seeds/csv/$n.csv"; done
n=0; for f in rules.yaml engine/B2BRules.Engine/Configuration/Profiles/*.yaml tests/scenarios/*/rules.yaml tests/policy-fixtures/*/rules.yaml tests/B2BRules.Engine.Tests/FuzzRegressions/*.yaml; do
  n=$((n + 1)); cp "$f" "$out/seeds/yaml/$n.yaml"
done

export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1
status=0
for target in "${targets[@]}"; do
  if [ -n "${FUZZ_EXECS:-}" ]; then bound=(-s 1 -E "$FUZZ_EXECS"); limit=900; else bound=(-V "$seconds"); limit=$((seconds + 120)); fi
  timeout "$limit" afl-fuzz -i "$out/seeds/$target" -o "$out/findings-$target" -t 10000 -m none "${bound[@]}" \
    -- dotnet "$out/bin/B2BRules.Fuzz.dll" "$target" >"$out/$target.log" 2>&1 || { echo "fuzz $target: afl-fuzz failed"; tail -5 "$out/$target.log"; status=1; continue; }
  stats="$out/findings-$target/default/fuzzer_stats"
  execs=$(awk -F' *: *' '/^execs_done/ {print $2}' "$stats")
  rate=$(awk -F' *: *' '/^execs_per_sec/ {print $2}' "$stats")
  crashes=$(awk -F' *: *' '/^saved_crashes/ {print $2}' "$stats")
  hangs=$(awk -F' *: *' '/^saved_hangs/ {print $2}' "$stats")
  corpus=$(awk -F' *: *' '/^corpus_count/ {print $2}' "$stats")
  run_time=$(awk -F' *: *' '/^run_time/ {print $2}' "$stats")
  echo "fuzz $target: ${run_time}s, $execs executions ($rate/s), corpus $corpus, crashes $crashes, hangs $hangs"
  if [ "$crashes" != "0" ] || [ "$hangs" != "0" ]; then
    status=1
    ls "$out/findings-$target/default/crashes" "$out/findings-$target/default/hangs" 2>/dev/null | head -20
    echo "fuzz $target: inputs kept in $out/findings-$target/default"
  fi
done
exit $status
