#!/usr/bin/env bash
# One command for the end-to-end benchmark (docs/performance.md):
#   bash bench/run.sh            # start-up, 2,000 / 100,000 / 1,000,000 rows, the YAML-rule slope, the two-core
#                                # speed-up, a 200,000-user tenant snapshot; b2brules as `dotnet tool install` installs it
#   bash bench/run.sh --smoke    # a quick pass over small inputs (CI runs it to prove the benchmark works)
# Extra arguments go to bench/e2e.py (see `python3 bench/e2e.py --help`).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/out"
mkdir -p "$out"

echo "Building the generator and the hand-tuned checker; packing and installing the b2brules tool as users get it…" >&2
dotnet build "$here/B2BRules.Bench.Generator" -c Release -o "$out/generator" -v quiet -nologo >&2
dotnet build "$here/B2BRules.Bench.HandTuned" -c Release -o "$out/handtuned" -v quiet -nologo >&2
# The installed tool is what is measured: `dotnet tool install` picks this machine's ReadyToRun package from the pointer
# package (engine/B2BRules.Cli/B2BRules.Cli.csproj). Only this machine's RID is packed here, to save the other three
# ReadyToRun compilations; its own package cache, so that an earlier package of the same version is never installed.
rid=$(dotnet msbuild "$root/engine/B2BRules.Cli" -getProperty:NETCoreSdkRuntimeIdentifier)
version=$(dotnet msbuild "$root/engine/B2BRules.Cli" -getProperty:Version)
rm -rf "$out/feed" "$out/tool" "$out/tool-packages"
dotnet pack "$root/engine/B2BRules.Cli" -c Release -o "$out/feed" -p:ToolPackageRuntimeIdentifiers="$rid" -v quiet -nologo >&2
NUGET_PACKAGES="$out/tool-packages" dotnet tool install b2brules --tool-path "$out/tool" --add-source "$out/feed" --version "$version" >&2
[ -d "$out/tool/.store/b2brules/$version/b2brules.$rid" ] || { echo "the installed tool is not the $rid package" >&2; exit 1; }

args=(--out "$out" --cli "$out/tool/b2brules" --handtuned "$out/handtuned/B2BRules.Bench.HandTuned.dll"
      --generator "$out/generator/B2BRules.Bench.Generator.dll")
if [[ "${1:-}" == "--smoke" ]]; then
  shift
  # Small enough that every SARIF log stays under GitHub's 5,000 results, so CI validates them all.
  args+=(--sizes 2000,10000 --runs 3,2 --rule-rows 10000 --files 6 --file-rows 2000 --repeat 2 --tenant-users 20000 --tenant-runs 2 --startup-runs 3)
fi
python3 "$here/e2e.py" "${args[@]}" "$@"
