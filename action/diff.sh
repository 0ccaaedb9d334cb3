#!/usr/bin/env bash
# The action's rules-diff step, on pull requests: when the rules file differs from the base branch's, adds what the
# change does to the batches (b2brules rules diff --format markdown) to the job summary. Never fails the job: the
# check step judges the batches.
# Env: B2BRULES_PATHS, B2BRULES_RULES, B2BRULES_DIFF_BASE (empty: origin/$B2BRULES_BASE_REF), B2BRULES_REDACT;
# GITHUB_STEP_SUMMARY.
set -euo pipefail
rules="${B2BRULES_RULES:-rules.yaml}"
base="${B2BRULES_DIFF_BASE:-origin/${B2BRULES_BASE_REF:-main}}"
if ! git rev-parse --verify --quiet "$base^{commit}" >/dev/null; then
  git fetch --quiet --depth=1 origin "${base#origin/}" || { echo "b2brules: cannot fetch $base; no rules diff"; exit 0; }
fi
if ! git cat-file -e "$base:$rules" 2>/dev/null; then
  echo "b2brules: $rules is not in $base; no rules diff"
  exit 0
fi
if git diff --quiet "$base" -- "$rules"; then
  echo "b2brules: $rules is unchanged since $base; no rules diff"
  exit 0
fi
set -f
read -r -a paths <<< "${B2BRULES_PATHS:-.}"
set +f
args=(rules diff --base "$base:$rules" --head "$rules" "${paths[@]}" --format markdown --fail-on never)
[ "${B2BRULES_REDACT:-true}" != "true" ] || args+=(--redact)
{ echo; b2brules "${args[@]}" || echo "b2brules rules diff could not compare the rules files (exit $?): see the log"; } >> "$GITHUB_STEP_SUMMARY"   # the blank line closes the check summary's last HTML block
