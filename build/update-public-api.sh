#!/usr/bin/env bash
# Rewrites PublicAPI.Unshipped.txt of B2BRules.Sdk, .Engine and .Testing from the code (docs/versioning.md): every public
# symbol not in PublicAPI.Shipped.txt is listed, and every shipped one that is gone is marked *REMOVED*. Review the diff
# before committing it: each line added is a promise to the packages' users, each *REMOVED* a break.
#   bash build/update-public-api.sh [Sdk|Engine|Testing ...]     (all three by default)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
projects=("$@"); [ ${#projects[@]} -eq 0 ] && projects=(Sdk Engine Testing)
scratch="$(mktemp -d)"; trap 'rm -rf "$scratch"' EXIT
for name in "${projects[@]}"; do
  dir="$root/engine/B2BRules.$name"
  cp "$dir/PublicAPI.Shipped.txt" "$scratch/shipped.txt"
  # With both files empty, the analyzer's own fix (RS0016) writes every public symbol, in its format, to Unshipped.
  printf '#nullable enable\n' > "$dir/PublicAPI.Shipped.txt"
  printf '#nullable enable\n' > "$dir/PublicAPI.Unshipped.txt"
  dotnet format analyzers "$dir/B2BRules.$name.csproj" --diagnostics RS0016 --severity info -v q || true
  cp "$dir/PublicAPI.Unshipped.txt" "$scratch/current.txt"
  cp "$scratch/shipped.txt" "$dir/PublicAPI.Shipped.txt"
  python3 - "$scratch/shipped.txt" "$scratch/current.txt" "$dir/PublicAPI.Unshipped.txt" <<'PY'
import sys
def symbols(path):
    return {l for l in open(path, encoding="utf-8").read().splitlines() if l and not l.startswith("#")}
shipped, current = symbols(sys.argv[1]), symbols(sys.argv[2])
added = sorted(current - shipped, key=str.lower)
removed = sorted(shipped - current, key=str.lower)
with open(sys.argv[3], "w", encoding="utf-8") as out:
    out.write("#nullable enable\n")
    out.writelines(line + "\n" for line in added)
    out.writelines("*REMOVED*" + line + "\n" for line in removed)
print(f"B2BRules.{sys.argv[3].split('B2BRules.')[-1].split('/')[0]}: {len(added)} added, {len(removed)} removed since the last release")
PY
done
