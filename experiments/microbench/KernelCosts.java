import org.massode.dynamics.DenseTanhField;
import org.massode.dynamics.ParamLayout;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Two costs behind the 2026-12-03 changes to the row passes (see experiments/results/BENCHMARKS.md), on one thread:
 * (1) an Euler update over [200, 784] floats, row by row, with a scalar float finiteness probe, with none, and with
 * the per-lane probe of FiniteLanes: C2 does not vectorize a strict-order float reduction; (2) the cost of an ND4J
 * view: ParamLayout.view (reshape, get, reshape) and a plain row-block get.
 *
 * <pre>
 * javac -cp "target/massode.jar:target/lib/*" -d /tmp/kc experiments/microbench/KernelCosts.java
 * java -cp "target/massode.jar:target/lib/*:/tmp/kc" KernelCosts
 * </pre>
 */
public class KernelCosts {
    static float scalarProbe(float[] row, float[] y, float dt, int n) {
        float probe = 0;
        for (int j = 0; j < n; j++) {
            float v = y[j] + dt * row[j];
            row[j] = v;
            probe += v * 0f;
        }
        return probe;
    }

    static float noProbe(float[] row, float[] y, float dt, int n) {
        for (int j = 0; j < n; j++) row[j] = y[j] + dt * row[j];
        return 0;
    }

    static float laneProbe(float[] row, float[] y, float[] lanes, float dt, int n) {
        for (int j = 0; j < n; j++) row[j] = y[j] + dt * row[j];
        for (int j = 0; j < n; j++) lanes[j] += row[j] * 0f;
        return 0;
    }

    /** Milliseconds for {@code rows} row updates of one variant; a method of its own so that C2 compiles it whole. */
    static double timeRows(int variant, float[] row, float[] y, float[] lanes, int rows, int n) {
        float sink = 0;
        long t0 = System.nanoTime();
        for (int k = 0; k < rows; k++) {
            if (variant == 0) sink += scalarProbe(row, y, 0.04f, n);
            else if (variant == 1) sink += noProbe(row, y, 0.04f, n);
            else sink += laneProbe(row, y, lanes, 0.04f, n);
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        if (sink != 0) throw new IllegalStateException("non-finite row");
        return ms;
    }

    public static void main(String[] args) {
        int n = 784;
        int rows = 200;
        float[] row = new float[n];
        float[] y = new float[n];
        float[] lanes = new float[n];
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < n; i++) {
            row[i] = r.nextFloat();
            y[i] = r.nextFloat();
        }
        double[] best = {1e9, 1e9, 1e9};
        for (int round = 0; round < 200; round++) {
            for (int variant = 0; variant < 3; variant++) {
                best[variant] = Math.min(best[variant], timeRows(variant, row, y, lanes, rows, n));
            }
        }
        System.out.printf("Euler update of [%d, %d] floats, best of 200, ms: scalar probe %.3f, no probe %.3f, "
                + "per-lane probe %.3f%n", rows, n, best[0], best[1], best[2]);

        ParamLayout layout = DenseTanhField.layout(n);
        INDArray flat = Nd4j.zeros(DataType.FLOAT, 1, layout.size());
        INDArray state = Nd4j.rand(DataType.FLOAT, 2 * rows, n);
        double view = 1e9;
        double get = 1e9;
        for (int round = 0; round < 5; round++) {
            int k = 20_000;
            long t0 = System.nanoTime();
            for (int i = 0; i < k; i++) layout.view(flat, "W");
            long t1 = System.nanoTime();
            for (int i = 0; i < k; i++) state.get(NDArrayIndex.interval(0, rows), NDArrayIndex.all());
            long t2 = System.nanoTime();
            view = Math.min(view, (t1 - t0) / 1e3 / k);
            get = Math.min(get, (t2 - t1) / 1e3 / k);
        }
        System.out.printf("ND4J views, best of 5 × 20,000, µs each: ParamLayout.view %.2f, row-block get %.2f%n",
                view, get);
    }
}
