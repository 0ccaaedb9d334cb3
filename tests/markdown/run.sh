#!/usr/bin/env bash
# Writes the Markdown b2brules makes for CI pages — the job summary of `check` (as on GitHub Actions) and
# `rules diff --format markdown` — and lints it with markdownlint-cli2 (installed from npm when missing).
# Usage: tests/markdown/run.sh OUTPUT_DIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"
[ -x "$here/node_modules/.bin/markdownlint-cli2" ] || (cd "$here" && npm install --no-audit --no-fund --silent)
cli=(dotnet run --project "$root/engine/B2BRules.Cli" --no-build --)
rm -f "$out/summary.md"
(cd "$root" && GITHUB_STEP_SUMMARY="$out/summary.md" GITHUB_SERVER_URL=https://github.com GITHUB_REPOSITORY=contoso/invitations \
  GITHUB_SHA=0123abcd "${cli[@]}" check samples --rules rules.yaml --quiet) || [ $? -eq 1 ]
printf 'extends: builtin:preview-2016\nrules:\n  B2B0001: warning\n' > "$out/base.yaml"
(cd "$root" && "${cli[@]}" rules diff --base "$out/base.yaml" --head rules.yaml samples --format markdown --redact --output "$out/diff.md") || [ $? -eq 1 ]
for file in summary.md diff.md; do
  [ -s "$out/$file" ] || { echo "no $file was written"; exit 1; }
done
cp "$here/.markdownlint-cli2.jsonc" "$out/"
(cd "$out" && "$here/node_modules/.bin/markdownlint-cli2" summary.md diff.md)
echo "ok   the job summary and the rules diff pass markdownlint"
