#!/usr/bin/env bash
# Finite-N networks vs the mean-field limit (sigma = lambda = 1, 10 s, dt 0.01), 4 coupling realizations per N.
# The mean field uses M = 40000 paths so that its own Monte Carlo error stays below the N = 4000 fluctuations.
set -euo pipefail
# On an oversubscribed machine (other jobs on the same 2 cores) OpenMP spin-waiting makes every small ND4J op
# 10-100x slower; passive waiting avoids that without giving up the second thread for the large gemms.
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
cd "$(dirname "$0")/../.."
for J in "$@"; do
  d=experiments/meanfield/compare_J${J}
  mkdir -p "$d"
  java -jar target/massode.jar meanfield compare --J "$J" --sigma 1 --lambda 1 --horizon 10 --dt 0.01 \
    --samples 40000 --N 250,500,1000,2000,4000 --realizations 4 --seed 1 --out "$d" --plots --json > "$d/compare.json"
done
