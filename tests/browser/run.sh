#!/usr/bin/env bash
# Writes the HTML report of the sample batches and checks it in headless Chromium; saves a screenshot.
# Usage: tests/browser/run.sh OUTPUT_DIR   (installs Debian's chromium and playwright-core when missing)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"
if ! command -v chromium >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null
fi
[ -d "$here/node_modules/playwright-core" ] || (cd "$here" && npm install --no-audit --no-fund --silent)
set +e
(cd "$root" && dotnet run --project engine/B2BRules.Cli --no-build -- check samples --rules rules.yaml --output "html=$out/report.html" >/dev/null)
code=$?
set -e
[ "$code" -eq 1 ] || { echo "check: expected exit 1 (findings), got $code"; exit 1; }
node "$here/html-report.test.mjs" "$out/report.html" "$out/report.png"
