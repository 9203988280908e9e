#!/usr/bin/env bash
# The load test of issue 6 on PostgreSQL: a throwaway cluster, the app (Release) on 127.0.0.1, and bench/Ippon.Load
# as a second process: 50 department editors saving and reading one plan for 60 s (override: EDITORS=, SECONDS_=).
# INSTANCES=2 starts two app processes on the same database (as behind a load balancer) and spreads the editors over
# them (editor i on instance i mod 2). Run as root (the cluster runs as the postgres user). Prints throughput,
# p50/p99 and the lost-update check.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/postgres.sh
APP_PIDS=()
cleanup() { for pid in "${APP_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; ippon_pg_stop; }
trap cleanup EXIT
ippon_pg_start
dotnet build -c Release src/Ippon.Web -v q -nologo >/dev/null
dotnet build -c Release bench/Ippon.Load -v q -nologo >/dev/null
export IPPON_ADMIN_PASSWORD="load-test-admin-password"
URLS=()
for n in $(seq 1 "${INSTANCES:-1}"); do
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  IPPON_DB="$IPPON_TEST_POSTGRES" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    dotnet artifacts/bin/Ippon.Web/release/Ippon.Web.dll --urls "http://127.0.0.1:$PORT" >"/tmp/ippon-load-app-$n.log" 2>&1 &
  APP_PIDS+=($!)
  # One after the other: the first migrates the database and creates the admin, the next finds both done.
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/login" >/dev/null && break; sleep 0.3; done
  URLS+=("http://127.0.0.1:$PORT")
done
dotnet artifacts/bin/Ippon.Load/release/Ippon.Load.dll --url "$(IFS=,; echo "${URLS[*]}")" --editors "${EDITORS:-50}" --seconds "${SECONDS_:-60}"
