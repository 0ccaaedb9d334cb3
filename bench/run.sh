#!/usr/bin/env bash
# One command for the end-to-end benchmark (docs/performance.md):
#   bash bench/run.sh            # 2,000 / 100,000 / 1,000,000 rows, the YAML-rule slope, the two-core speed-up,
#                                # a 200,000-user tenant snapshot
#   bash bench/run.sh --smoke    # a quick pass over small inputs (CI runs it to prove the benchmark works)
# Extra arguments go to bench/e2e.py (see `python3 bench/e2e.py --help`).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/out"
mkdir -p "$out"

echo "Building the generator, the hand-tuned checker and b2brules (Release, ReadyToRun)…" >&2
dotnet build "$here/B2BRules.Bench.Generator" -c Release -o "$out/generator" -v quiet -nologo >&2
dotnet build "$here/B2BRules.Bench.HandTuned" -c Release -o "$out/handtuned" -v quiet -nologo >&2
dotnet publish "$root/engine/B2BRules.Cli" -c Release -o "$out/cli" -p:PublishReadyToRun=true -v quiet -nologo >&2

args=(--out "$out" --cli "$out/cli/b2brules" --handtuned "$out/handtuned/B2BRules.Bench.HandTuned.dll"
      --generator "$out/generator/B2BRules.Bench.Generator.dll")
if [[ "${1:-}" == "--smoke" ]]; then
  shift
  # Small enough that every SARIF log stays under GitHub's 5,000 results, so CI validates them all.
  args+=(--sizes 2000,10000 --runs 3,2 --rule-rows 10000 --files 6 --file-rows 2000 --repeat 2 --tenant-users 20000 --tenant-runs 2)
fi
python3 "$here/e2e.py" "${args[@]}" "$@"
