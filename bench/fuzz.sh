#!/usr/bin/env bash
# The fuzzing suite (tests/Ippon.Fuzz.Tests) on many more inputs than CI's short fixed-seed run.
# Usage: bench/fuzz.sh N [SEED] [dotnet test options, e.g. --no-build]    N inputs in all, shared among the suites (plan files 50%, actuals 40%, workbooks 10%,
#                                  API bodies 20% …); SEED picks other inputs than CI's (default: the time).
# Prints one line per suite: inputs tried, clean inputs (%), the slowest input, the peak working set of the test process.
# IPPON_FUZZ_CONFIGURATION=Debug runs the Debug build (Release by default).
# IPPON_FUZZ_FILTER=CliFuzzTests (or ApiFuzzTests) runs only those suites (a dotnet test --filter on the class name).
# With IPPON_FUZZ_REPORT=FILE the suites' lines go to FILE (kept), and every 5,000 inputs a line goes to FILE.progress.
# A failing input is printed with the seed that reproduces it (IPPON_FUZZ_SEED=… IPPON_FUZZ_N=… dotnet test tests/Ippon.Fuzz.Tests).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:?usage: bench/fuzz.sh N [SEED]}
SEED=${2:-$(date +%s)}
shift $(( $# < 2 ? $# : 2 ))
REPORT=${IPPON_FUZZ_REPORT:-$(mktemp)}
FILTER=()
[ -n "${IPPON_FUZZ_FILTER:-}" ] && FILTER=(--filter "FullyQualifiedName~$IPPON_FUZZ_FILTER")
start=$(date +%s)
IPPON_FUZZ_N=$N IPPON_FUZZ_SEED=$SEED IPPON_FUZZ_REPORT=$REPORT \
  dotnet test tests/Ippon.Fuzz.Tests -c "${IPPON_FUZZ_CONFIGURATION:-Release}" -nologo -v q --logger "console;verbosity=minimal" "${FILTER[@]}" "$@" || status=$?
echo "--- fuzz: N=$N seed=$SEED${IPPON_FUZZ_FILTER:+ filter=$IPPON_FUZZ_FILTER}, $(( $(date +%s) - start )) s on $(nproc) cores ---"
cat "$REPORT"
awk -F'\t' '{split($2,a," "); split($3,b," "); t+=a[2]; c+=b[2]} END {printf "total: %d inputs, %d clean (%.3f%%)\n", t, c, 100*c/t}' "$REPORT"
exit ${status:-0}
