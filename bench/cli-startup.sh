#!/usr/bin/env bash
# `ippon plan examples/sales-100m.yaml` end to end (process start to exit), as the published tool runs it: a native
# executable (Native AOT), next to the same command on the JIT. Needs hyperfine (apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-$(mktemp -d)}
dotnet publish src/Ippon.Cli -c Release -r linux-x64 -o "$OUT" -v q -nologo >/dev/null
dotnet build src/Ippon.Cli -c Release -v q -nologo >/dev/null
hyperfine --warmup 3 --runs "${RUNS:-30}" -N \
  "$OUT/ippon plan examples/sales-100m.yaml" \
  "$OUT/ippon check examples/sales-100m.yaml" \
  "dotnet artifacts/bin/Ippon.Cli/release/ippon.dll plan examples/sales-100m.yaml" 2>/dev/null || \
hyperfine --warmup 3 --runs "${RUNS:-30}" -N "$OUT/ippon plan examples/sales-100m.yaml"
