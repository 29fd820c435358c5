#!/usr/bin/env bash
# Restores the local tools (Cake), then runs build.cake with the arguments given, e.g. --target=Run.
# For the Test target it prints the tests' closing line "N passed, N failed" last, after Cake's own report.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
summary=artifacts/test-summary.txt
rm -f "$summary"
dotnet tool restore > /dev/null || exit 1
dotnet cake build.cake "$@"
status=$?
[ -f "$summary" ] && cat "$summary"
exit $status
