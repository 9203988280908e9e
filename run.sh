#!/usr/bin/env bash
# README's main command: the web app on http://localhost:5080 with the sample plan, on a fresh machine too.
# Installs what the exports need when it is missing (Debian's chromium + fonts-ipaexfont-gothic: the PDF and PNG
# exports), builds, and starts the app; the first start prints the one-time password for admin, last.
# Arguments go to the app (./run.sh --urls http://0.0.0.0:8080). Ctrl+C stops it (in about a second).
# For .NET users the same app without the set-up: dotnet run --project src/Ippon.Web
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null; then
  echo "The .NET SDK is missing: https://dotnet.microsoft.com/download (version in global.json)" >&2
  exit 1
fi

# Without Chromium everything works except the PDF and PNG exports, which then say in the page what to install.
source .ci/apt.sh
ippon_apt_ensure chromium fonts-ipaexfont-gothic ||
  echo "Ippon: Chromium をインストールできませんでした。PDF と PNG 以外は使えます / could not install Chromium: everything but the PDF and PNG exports works"

echo "Ippon: ビルドしています (初回は数分) / building (the first time takes a few minutes)…"
started=$SECONDS
log=$(mktemp)
# One line per project as it is built, so that a long first build shows it is moving; the whole log on failure.
set +e
dotnet build src/Ippon.Web -nologo -v m -tl:off 2>&1 | tee "$log" | sed -unE -e 's#^ *Restored (.*/)?([^/ ]+)\.csproj.*#Ippon:   \2: packages restored#p' -e 's#^ *([A-Za-z.]+) -> .*#Ippon:   \1: built#p'
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
  cat "$log"; rm -f "$log"
  echo "Ippon: ビルドに失敗しました / the build failed (above)" >&2
  exit 1
fi
rm -f "$log"
echo "Ippon: ビルドしました / built in $((SECONDS - started)) s"

# The built app, started the way `dotnet run --project src/Ippon.Web` starts it (content root and database in
# src/Ippon.Web), without the SDK in between: Ctrl+C and SIGTERM reach the app itself.
cd src/Ippon.Web
exec dotnet ../../artifacts/bin/Ippon.Web/debug/Ippon.Web.dll "$@"
