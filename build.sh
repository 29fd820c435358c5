#!/usr/bin/env bash
# Restores the local tools (Cake), then runs build.cake with the arguments given, e.g. --target=Run.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet tool restore > /dev/null
exec dotnet cake build.cake "$@"
