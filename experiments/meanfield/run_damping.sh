#!/usr/bin/env bash
# Iterations to converge for the inhibitory case J = -6 against the damping alpha (M = 10^4, 10 s, dt 0.01).
set -euo pipefail
# On an oversubscribed machine (other jobs on the same 2 cores) OpenMP spin-waiting makes every small ND4J op
# 10-100x slower; passive waiting avoids that without giving up the second thread for the large gemms.
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
cd "$(dirname "$0")/../.."
d=experiments/meanfield/damping
mkdir -p "$d"
for a in 1 0.7 0.5; do
  java -jar target/massode.jar meanfield solve --J -6 --sigma 1 --lambda 1 --horizon 10 --dt 0.01 \
    --samples 10000 --seed 1 --damping "$a" --out "$d/alpha$a" --csv-stride 50 --trajectories 0 --json > "$d/alpha$a.json"
done
