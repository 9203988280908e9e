#!/usr/bin/env bash
# README's test command: every test, on a fresh machine too. Installs what the tests use when it is missing (Debian
# packages, a throwaway PostgreSQL cluster), runs `dotnet test Ippon.slnx` and ends with one line: `N passed, M failed`.
# A skipped test fails the run: the PostgreSQL and browser tests must not silently drop out.
# Extra arguments go to dotnet test (for example ./test.sh --filter FullyQualifiedName~Ippon.Core.Tests).
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null; then
  echo "The .NET SDK is missing: https://dotnet.microsoft.com/download (version in global.json)" >&2
  exit 1
fi

# Debian packages the tests use (docs/dependencies.md says why each one): chromium + fonts-ipaexfont-gothic for the
# browser tests (Playwright drives /usr/bin/chromium; Japanese glyphs) and the PDF export; poppler-utils reads the
# PDFs back; libreoffice-calc recalculates the Excel workbook's formulas.
source .ci/apt.sh
ippon_apt_ensure chromium fonts-ipaexfont-gothic poppler-utils libreoffice-calc

# A throwaway PostgreSQL cluster (Debian's server, installed if missing) for the tests' PostgreSQL runs:
# IPPON_TEST_POSTGRES is exported; the cluster is stopped and removed when this script exits.
source .ci/postgres.sh
trap ippon_pg_stop EXIT
ippon_pg_start

log=$(mktemp)
set +e
dotnet test Ippon.slnx "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole run, summed over the test assemblies' summary lines
# ("Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12, …").
sum() { grep -E '^(Passed|Failed)! ' "$log" | grep -oE "$1: +[0-9]+" | awk '{s+=$NF} END {print s+0}'; }
passed=$(sum Passed) failed=$(sum Failed) skipped=$(sum Skipped)
rm -f "$log"
# Explanations first, the closing line last and alone.
if [ "$skipped" -gt 0 ]; then
  echo "A skipped test fails the run (the skip reasons are above)."
  echo "${passed} passed, ${failed} failed, ${skipped} skipped"
  exit 1
fi
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && echo "dotnet test exited with $status (a build error or a test host crash: see above)."
echo "${passed} passed, ${failed} failed"
exit "$status"
