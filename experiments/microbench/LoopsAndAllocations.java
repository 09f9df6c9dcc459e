import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Two costs behind the 2026-12-03 evening changes (see experiments/results/BENCHMARKS.md), on one thread:
 * (1) the Wilson–Cowan cotangent loop over 200 rows of 784 floats, written as one loop with five stores (as it was)
 * and as five loops with one store each (as it is now): C2 (JDK 17) leaves the first scalar;
 * (2) an ND4J allocation of a float array by size, which on this machine costs in proportion to the bytes.
 *
 * <pre>
 * javac -cp "target/massode.jar:target/lib/*" -d /tmp/la experiments/microbench/LoopsAndAllocations.java
 * java -cp "target/massode.jar:target/lib/*:/tmp/la" LoopsAndAllocations
 * </pre>
 */
public class LoopsAndAllocations {
    static final int N = 784;
    static final int ROWS = 200;
    static final float[][] R = new float[10][N];
    static final float C1 = 1.1f, C2 = 1.2f, ALPHA = 0.1f, I1 = 1f, I0 = 0.2f, AI = 0.4f, KEEP = 1f, EE = 7.2f, IE = 0f,
            E1 = 0.5f, E0 = 1.9f, INV_G = 4f, EI = 2f, II = 1f;

    static void fused() {
        float[] x = R[0], y = R[1], q1 = R[2], q2 = R[3], ax = R[4], ay = R[5], gg1 = R[6], lanes = R[7];
        for (int row = 0; row < ROWS; row++) {
            for (int j = 0; j < N; j++) {
                float sx = ALPHA * ax[j];
                float sy = ALPHA * ay[j];
                float a1 = sx * (1 - x[j]) * q1[j] * (1 - q1[j]) * C1;
                float a2 = sy * (1 - y[j]) * q2[j] * (1 - q2[j]) * C2;
                float fI = I1 * q2[j] + I0;
                gg1[j] = a1;
                lanes[j] += sy * (fI - y[j] * (fI + AI));
                x[j] = KEEP * ax[j] + EE * a1 + IE * a2 - sx * (E1 * q1[j] + E0);
                y[j] = KEEP * ay[j] - sy * (fI + AI) * INV_G - EI * a1 - II * a2;
            }
        }
    }

    static void split() {
        float[] x = R[0], y = R[1], q1 = R[2], q2 = R[3], ax = R[4], ay = R[5], gg1 = R[6], lanes = R[7], gg2 = R[8];
        for (int row = 0; row < ROWS; row++) {
            for (int j = 0; j < N; j++) gg1[j] = ALPHA * ax[j] * (1 - x[j]) * q1[j] * (1 - q1[j]) * C1;
            for (int j = 0; j < N; j++) gg2[j] = ALPHA * ay[j] * (1 - y[j]) * q2[j] * (1 - q2[j]) * C2;
            for (int j = 0; j < N; j++) {
                float fI = I1 * q2[j] + I0;
                lanes[j] += ALPHA * ay[j] * (fI - y[j] * (fI + AI));
            }
            for (int j = 0; j < N; j++) x[j] = KEEP * ax[j] + EE * gg1[j] + IE * gg2[j] - ALPHA * ax[j] * (E1 * q1[j] + E0);
            for (int j = 0; j < N; j++) {
                y[j] = KEEP * ay[j] - ALPHA * ay[j] * (I1 * q2[j] + I0 + AI) * INV_G - EI * gg1[j] - II * gg2[j];
            }
        }
    }

    static double best(Runnable r, int reps) {
        double b = 1e9;
        for (int i = 0; i < reps; i++) {
            long t = System.nanoTime();
            r.run();
            b = Math.min(b, (System.nanoTime() - t) / 1e6);
        }
        return b;
    }

    public static void main(String[] args) {
        java.util.Random rnd = new java.util.Random(1);
        for (float[] row : R) for (int j = 0; j < N; j++) row[j] = rnd.nextFloat() * 1e-3f;
        double f = 1e9;
        double s = 1e9;
        for (int round = 0; round < 5; round++) {
            f = Math.min(f, best(LoopsAndAllocations::fused, 200));
            s = Math.min(s, best(LoopsAndAllocations::split, 200));
        }
        System.out.printf("cotangent loop over [%d, %d], best of 1000, ms: one loop with five stores %.3f, "
                + "five loops with one store %.3f%n", ROWS, N, f, s);

        StringBuilder sb = new StringBuilder("ND4J createUninitialized(FLOAT, 1, n), mean of 200 after a warm-up round, µs:");
        long[] sizes = {1_000, 10_000, 100_000, 156_800, 1_000_000};
        for (int round = 0; round < 2; round++) {
            for (long n : sizes) {
                long t = System.nanoTime();
                INDArray keep = null;
                for (int i = 0; i < 200; i++) keep = Nd4j.createUninitialized(DataType.FLOAT, 1, n);
                double us = (System.nanoTime() - t) / 200e3;
                if (round == 1) sb.append(String.format(" n=%d %.0f (%.1f ns/byte)", n, us, us * 1e3 / (4.0 * n)));
                if (keep.length() != n) throw new IllegalStateException();
            }
        }
        System.out.println(sb);
    }
}
