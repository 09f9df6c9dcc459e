package org.massode.rhomm;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * All training windows of a set of binary series, stacked so that one matrix product advances every window by one
 * step: row m of {@link #start()} is s(t) for one start time t, and row m of {@link #target(int) target(k)} is
 * s(t + k), k = 1..H. Windows never cross from one file (subject, segment) into the next.
 */
public final class TrainingWindows {
    private final INDArray start;
    private final INDArray[] targets;
    private final int regions;

    private TrainingWindows(INDArray start, INDArray[] targets, int regions) {
        this.start = start;
        this.targets = targets;
        this.regions = regions;
    }

    /** Windows of length {@code horizon} from every series in {@code binary} (±1 values, equal region counts). */
    public static TrainingWindows of(List<Signals> binary, int horizon, DataType type) {
        int n = binary.get(0).regions();
        int m = 0;
        List<Signals> usable = new ArrayList<>();
        for (Signals s : binary) {
            if (s.regions() != n) {
                throw new SignalFormatException(s.source(), "has " + s.regions() + " regions, expected " + n);
            }
            if (s.timePoints() > horizon) {
                usable.add(s);
                m += s.timePoints() - horizon;
            }
        }
        if (m == 0) {
            throw new IllegalArgumentException("no series is longer than the horizon H = " + horizon
                    + " time steps, so there is nothing to predict");
        }
        double[] x0 = new double[m * n];
        double[][] y = new double[horizon][m * n];
        int row = 0;
        for (Signals s : usable) {
            int w = s.timePoints() - horizon;
            System.arraycopy(s.values(), 0, x0, row * n, w * n);
            for (int k = 1; k <= horizon; k++) {
                System.arraycopy(s.values(), k * n, y[k - 1], row * n, w * n);
            }
            row += w;
        }
        INDArray[] targets = new INDArray[horizon];
        for (int k = 0; k < horizon; k++) {
            targets[k] = Nd4j.create(y[k], new long[]{m, n}, 'c').castTo(type);
        }
        return new TrainingWindows(Nd4j.create(x0, new long[]{m, n}, 'c').castTo(type), targets, n);
    }

    /** [M, N] window starts s(t). */
    public INDArray start() {
        return start;
    }

    /** [M, N] observed s(t + k), k = 1..H. */
    public INDArray target(int k) {
        return targets[k - 1];
    }

    public int horizon() {
        return targets.length;
    }

    public long windows() {
        return start.rows();
    }

    public int regions() {
        return regions;
    }
}
