#!/usr/bin/env bash
# The action's install step: b2brules into the runner's temporary folder, on the PATH of the steps after it.
# Env: B2BRULES_VERSION (empty: the newest), B2BRULES_FEED (a NuGet feed or folder, optional); RUNNER_TEMP, GITHUB_PATH.
set -euo pipefail
tools="$RUNNER_TEMP/b2brules/tool"
args=(tool install b2brules --tool-path "$tools")
[ -z "${B2BRULES_VERSION:-}" ] || args+=(--version "$B2BRULES_VERSION")
[ -z "${B2BRULES_FEED:-}" ] || args+=(--add-source "$B2BRULES_FEED")
[ -x "$tools/b2brules" ] || dotnet "${args[@]}"
echo "$tools" >> "$GITHUB_PATH"
"$tools/b2brules" --version
