#!/usr/bin/env bash
# Regenerates the screenshots of the approval document shown in README.md: the seed plan printed to PDF by
# headless Chromium, its first two pages rendered by pdftoppm. Needs chromium, fonts-ipaexfont-gothic, poppler-utils.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dotnet run --project src/Ippon.Cli -- export examples/sales-100m.yaml --format pdf -o "$tmp/approval.pdf" --date 2026-11-24
pdftoppm -r 110 -png -f 1 -l 2 "$tmp/approval.pdf" "$tmp/page"
cp "$tmp/page-1.png" docs/images/approval-page-1.png
cp "$tmp/page-2.png" docs/images/approval-page-2.png
dotnet run --project src/Ippon.Cli -- export examples/sales-100m.yaml --format pdf -o "$tmp/approval-en.pdf" --date 2026-11-24 --lang en
pdftoppm -r 110 -png -f 1 -l 1 "$tmp/approval-en.pdf" "$tmp/en"
cp "$tmp/en-1.png" docs/images/approval-page-1-en.png
