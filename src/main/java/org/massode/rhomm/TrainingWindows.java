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
        INDArray start = stack(usable, 0, horizon, m, n, type);
        INDArray[] targets = new INDArray[horizon];
        for (int k = 1; k <= horizon; k++) {
            targets[k - 1] = stack(usable, k, horizon, m, n, type);
        }
        return new TrainingWindows(start, targets, n);
    }

    /**
     * Rows t + offset, t = 0..T−1−horizon, of every series, one after the other, as an [M, N] array. Built from a
     * primitive array of the target type: creating from double[] and casting costs seconds at 10⁵ × 200.
     */
    private static INDArray stack(List<Signals> series, int offset, int horizon, int m, int n, DataType type) {
        long[] shape = {m, n};
        if (type == DataType.FLOAT) {
            float[] out = new float[m * n];
            int at = 0;
            for (Signals s : series) {
                double[] v = s.values();
                int len = (s.timePoints() - horizon) * n;
                for (int k = 0; k < len; k++) out[at + k] = (float) v[offset * n + k];
                at += len;
            }
            return Nd4j.create(out, shape, 'c');
        }
        double[] out = new double[m * n];
        int at = 0;
        for (Signals s : series) {
            int len = (s.timePoints() - horizon) * n;
            System.arraycopy(s.values(), offset * n, out, at, len);
            at += len;
        }
        return Nd4j.create(out, shape, 'c');
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
