#!/usr/bin/env bash
# Added latency of inbound Bot Framework token validation per request, with a warm key cache.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release bench/TokenValidation -v quiet -nologo >/dev/null
dotnet bench/TokenValidation/bin/Release/net10.0/TokenValidation.dll "${ITERATIONS:-10000}"
