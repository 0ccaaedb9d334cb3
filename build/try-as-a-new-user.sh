#!/usr/bin/env bash
# The three adoption paths of README's quick starts, as a new user takes them, on local packages (CI runs this):
#   1. pack, install the b2brules tool from the local feed, check the sample batches with it;
#   2. create a plugin from the template, test it at its root, build it, load it with `b2brules check`, apply its fix;
#   3. the same with samples/Contoso.CustomRule, the template's source kept in the repository.
# Usage: build/try-as-a-new-user.sh WORKDIR    (exit 0 when every step did what the docs say)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mkdir -p "$1" && cd "$1" && pwd)"
feed="$work/feed"
export NUGET_PACKAGES="$work/nuget-packages"   # never a stale copy of a package version packed earlier
export DOTNET_CLI_HOME="$work/home"            # dotnet new's template store, as on a fresh machine
export CI=true
step() { echo "== $*"; }

step "pack"
dotnet pack "$root/B2BRules.sln" -c Release -o "$feed" -nologo -v quiet
version=$(dotnet msbuild "$root/engine/B2BRules.Cli" -getProperty:Version)
sdk_version=$(dotnet msbuild "$root/engine/B2BRules.Sdk" -getProperty:Version)

step "install the tool $version"
dotnet tool install b2brules --tool-path "$work/tool" --add-source "$feed" --version "$version"
b2brules="$work/tool/b2brules"
[ "$("$b2brules" --version)" = "$version" ] || { echo "b2brules --version does not print $version"; exit 1; }
# The pointer package sends `dotnet tool install` to this platform's ReadyToRun package (docs/performance.md).
rid=$(dotnet msbuild "$root/engine/B2BRules.Cli" -getProperty:NETCoreSdkRuntimeIdentifier)
[ -d "$work/tool/.store/b2brules/$version/b2brules.$rid" ] || { ls -R "$work/tool/.store" | head -20; echo "the installed tool is not the $rid package"; exit 1; }
for package in b2brules b2brules.linux-x64 b2brules.linux-arm64 b2brules.win-x64 b2brules.osx-arm64 b2brules.any; do
  [ -f "$feed/$package.$version.nupkg" ] || { echo "dotnet pack made no $package package"; exit 1; }
done
echo "installed b2brules.$rid (ReadyToRun) through the pointer package"

step "the GitHub Action's install step (action/install.sh) from the same feed"
mkdir -p "$work/runner"
RUNNER_TEMP="$work/runner" GITHUB_PATH="$work/runner/github-path" B2BRULES_FEED="$feed" B2BRULES_VERSION="$version" \
  bash "$root/action/install.sh" > "$work/action-install.txt"
[ "$(tail -n 1 "$work/action-install.txt")" = "$version" ] && grep -qx "$work/runner/b2brules/tool" "$work/runner/github-path" \
  || { cat "$work/action-install.txt"; echo "action/install.sh did not install b2brules $version onto the PATH"; exit 1; }

step "check the samples with the installed tool (findings expected: exit 1)"
set +e
(cd "$root" && "$b2brules" check samples/partners-entra.csv --rules rules.yaml --format sarif --output "$work/tool-samples.sarif" >/dev/null)
code=$?
set -e
[ "$code" -eq 1 ] && [ -s "$work/tool-samples.sarif" ] || { echo "tool check: exit $code"; exit 1; }

try_plugin() { # DIR PROJECT ID
  local dir=$1 project=$2 id=$3
  (cd "$dir" && dotnet new nugetconfig --force >/dev/null && dotnet nuget add source "$feed" --name b2brules-local --configfile nuget.config >/dev/null)
  dotnet test "$dir" -nologo -v quiet            # at the root, as its README says: the solution's tests
  dotnet build "$dir/$project" -c Release -nologo -v quiet
  set +e
  (cd "$dir" && "$b2brules" check "$root/samples/partners-entra.csv" --rules rules.yaml --source-root "$root" > "$work/$project.txt")
  code=$?
  set -e
  grep -q "error    $id " "$work/$project.txt" && [ "$code" -eq 1 ] || { cat "$work/$project.txt"; echo "$project: no $id finding (exit $code)"; exit 1; }
  # The plugin's fix, applied by the installed tool: the partner's renamed domain becomes the approved one.
  printf 'Email,DisplayName\ndee@fabrikam.net,Dee\n' > "$dir/renamed.csv"
  (cd "$dir" && "$b2brules" fix renamed.csv --rules rules.yaml --source-root "$dir" > "$work/$project.fix.txt")
  grep -q "^dee@fabrikam.com,Dee" "$dir/renamed.fixed.csv" || { cat "$work/$project.fix.txt"; echo "$project: the fix was not applied"; exit 1; }
}

step "dotnet new b2brules-plugin"
dotnet new install "$feed/B2BRules.Templates.$version.nupkg"
(cd "$work" && dotnet new b2brules-plugin -n Acme.Rules --prefix ACME)
grep -q "B2BRules.Sdk\" Version=\"$sdk_version\"" "$work/Acme.Rules/Acme.Rules/Acme.Rules.csproj" || { echo "template does not reference B2BRules.Sdk $sdk_version"; exit 1; }
try_plugin "$work/Acme.Rules" Acme.Rules ACME1001

step "samples/Contoso.CustomRule"
mkdir -p "$work/sample" && cp -r "$root/samples/Contoso.CustomRule" "$work/sample/"
try_plugin "$work/sample/Contoso.CustomRule" Contoso.CustomRule CONTOSO1001
echo "all steps passed"
