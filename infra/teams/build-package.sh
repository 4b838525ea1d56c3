#!/usr/bin/env bash
# Builds the Teams app package (manifest.json + two icons, zipped at the root) for one deployment.
# Usage: infra/teams/build-package.sh <microsoft-app-id> <bot-host> [output.zip]
#   e.g. infra/teams/build-package.sh 00000000-0000-0000-0000-000000000000 botcompanion.example.com
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
app_id=${1:?"usage: $0 <microsoft-app-id> <bot-host> [output.zip]"}
host=${2:?"usage: $0 <microsoft-app-id> <bot-host> [output.zip]"}
out=${3:-"$here/botcompanion-teams.zip"}
if ! [[ "$app_id" =~ ^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$ ]]; then
  echo "The app id must be the Azure Bot's Microsoft App ID (a GUID); got '$app_id'." >&2; exit 2
fi
if [[ "$host" == *"/"* || "$host" == *":"* ]]; then
  echo "The bot host is a host name only (no scheme, port or path), e.g. botcompanion.example.com; got '$host'." >&2; exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed -e "s/{{APP_ID}}/$app_id/g" -e "s/{{BOT_HOST}}/$host/g" "$here/manifest.template.json" > "$work/manifest.json"
cp "$here/color.png" "$here/outline.png" "$work/"
rm -f "$out"
python3 - "$work" "$out" <<'PY'
import sys, zipfile, os
work, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name in ("manifest.json", "color.png", "outline.png"):
        z.write(os.path.join(work, name), name)
PY
echo "$out"
