#!/usr/bin/env bash
# The action's check step: annotations on the pull request, a SARIF log and an HTML report in the runner's temporary
# folder, the job summary (check writes it itself), and the exit code as an output. Findings (exit 1) do not fail this
# step, so that the uploads after it run; the last step fails the job. A usage error or tool failure fails it at once.
# Env: B2BRULES_PATHS, B2BRULES_RULES, B2BRULES_BASELINE, B2BRULES_FAIL_ON, B2BRULES_REDACT; RUNNER_TEMP, GITHUB_OUTPUT.
set -euo pipefail
out="$RUNNER_TEMP/b2brules"
mkdir -p "$out"
set -f                                   # the paths' globs are b2brules' to expand, not the shell's
read -r -a paths <<< "${B2BRULES_PATHS:-.}"
set +f
args=(check "${paths[@]}" --format github --output "sarif=$out/b2brules.sarif" --output "html=$out/b2brules.html"
      --fail-on "${B2BRULES_FAIL_ON:-error}" --sarif-omit-suppressed --sarif-max-results 5000)
[ -z "${B2BRULES_RULES:-}" ] || args+=(--rules "$B2BRULES_RULES")
[ -z "${B2BRULES_BASELINE:-}" ] || args+=(--baseline "$B2BRULES_BASELINE" --fail-on-new)
[ "${B2BRULES_REDACT:-true}" != "true" ] || args+=(--redact)
set +e
b2brules "${args[@]}"
code=$?
set -e
{
  echo "exit-code=$code"
  [ ! -f "$out/b2brules.sarif" ] || echo "sarif=$out/b2brules.sarif"
  [ ! -f "$out/b2brules.html" ] || echo "html=$out/b2brules.html"
} >> "$GITHUB_OUTPUT"
[ "$code" -le 1 ] || exit "$code"
