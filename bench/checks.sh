#!/usr/bin/env bash
# Scale of `ippon check` and `ippon review` with the published (native) ippon: time and peak memory (GNU time's
# maximum resident set size) of
#   - a chain of 10,000 KPIs (goal ≤ 0.5 s), a flat plan of 100,000 KPIs (goal ≤ 5 s),
#   - a review with a ~60 MB actuals CSV (1,980,000 rows over 55,000 reps; goal ≤ 600 MB peak).
# Usage: bench/checks.sh            (OUT=dir reuses a published ippon; DATA=dir reuses generated inputs)
# A benchmark, not a test: the figures go in docs/performance.md. Needs /usr/bin/time (apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-$(mktemp -d)}
DATA=${DATA:-$(mktemp -d)}
[ -x "$OUT/ippon" ] || dotnet publish src/Ippon.Cli -c Release -r linux-x64 -o "$OUT" -v q -nologo >/dev/null
[ -f "$DATA/chain-10000.yaml" ] || dotnet run -c Release --project bench/Ippon.Bench -- --write-scale "$DATA" >/dev/null
measure() { # name, command…: wall and CPU seconds, peak RSS
  local name=$1; shift
  /usr/bin/time -f "$name	wall %e s	cpu %U+%S s	peak %M KB	exit %x" "$@" >/dev/null 2>"$DATA/time.txt" || true
  tail -1 "$DATA/time.txt"
}
echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for run in 1 2 3; do
  measure "check chain-10000" "$OUT/ippon" check "$DATA/chain-10000.yaml"
  measure "check flat-100000" "$OUT/ippon" check "$DATA/flat-100000.yaml"
done
measure "check --json flat-100000" "$OUT/ippon" check --json "$DATA/flat-100000.yaml"
ls -l "$DATA/reps/actuals.csv" | awk '{printf "actuals.csv %.1f MB\n", $5/1048576}'
measure "review 60 MB actuals" "$OUT/ippon" review "$DATA/reps/plan.yaml" --actuals "$DATA/reps/actuals.csv"
