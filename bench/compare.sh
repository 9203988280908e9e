#!/usr/bin/env bash
# Runs the KPI-chain benchmark in HyperFormula (the peer, ../shared/bench/hyperformula) and in Ippon, one after the
# other on this machine, and prints per phase both figures and the ratio.
# Usage: bench/compare.sh N [P]        e.g. bench/compare.sh 10000   (N=100000 takes HyperFormula ~4 minutes and ~10 GB)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:?usage: bench/compare.sh N [P]}
P=${2:-12}
OUT=${BENCH_OUT:-$(mktemp -d)}
mkdir -p "$OUT"
PEER_SRC=../shared/bench/hyperformula
PEER=${PEER_DIR:-$OUT/hyperformula}

if [ ! -d "$PEER/node_modules/hyperformula" ]; then
  mkdir -p "$PEER"
  cp "$PEER_SRC/package.json" "$PEER_SRC/package-lock.json" "$PEER_SRC/bench.mjs" "$PEER/"
  (cd "$PEER" && npm ci --silent --no-audit --no-fund >/dev/null)
fi

echo "== HyperFormula (N=$N, P=$P)" >&2
node --expose-gc --max-old-space-size=16384 "$PEER/bench.mjs" --n "$N" --p "$P" --batch-api-max-ops 0 > "$OUT/hf.jsonl"

echo "== Ippon (N=$N, P=$P)" >&2
dotnet build -c Release bench/Ippon.Bench -v q -nologo >/dev/null
dotnet artifacts/bin/Ippon.Bench/release/Ippon.Bench.dll --n "$N" --p "$P" > "$OUT/ippon.jsonl"

dotnet artifacts/bin/Ippon.Bench/release/Ippon.Bench.dll --compare "$OUT/hf.jsonl" "$OUT/ippon.jsonl"
echo "(raw JSON lines: $OUT/hf.jsonl, $OUT/ippon.jsonl)" >&2
