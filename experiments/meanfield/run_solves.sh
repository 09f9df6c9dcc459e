#!/usr/bin/env bash
# Mean-field fixed points for the seed's setting (sigma = lambda = 1, 10 s, dt 0.01, M = 10^4): J = -6, 0, 2.
set -euo pipefail
# On an oversubscribed machine (other jobs on the same 2 cores) OpenMP spin-waiting makes every small ND4J op
# 10-100x slower; passive waiting avoids that without giving up the second thread for the large gemms.
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
cd "$(dirname "$0")/../.."
for J in -6 0 2; do
  d=experiments/meanfield/J${J}
  mkdir -p "$d"
  java -jar target/massode.jar meanfield solve --J "$J" --sigma 1 --lambda 1 --horizon 10 --dt 0.01 \
    --samples 10000 --seed 1 --out "$d" --csv-stride 25 --trajectories 3 --plots --json > "$d/solve.json"
done
