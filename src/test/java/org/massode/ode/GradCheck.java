package org.massode.ode;

import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Central finite differences of L = Σ w ⊙ y(t1) for gradient tests (double precision). */
final class GradCheck {
    static final double T0 = 0.0;
    static final double T1 = 1.0;

    final OdeSystem sys;
    final INDArray params;
    final INDArray y0;
    final INDArray w;

    GradCheck(OdeSystem sys, INDArray params, INDArray y0, long seed) {
        this.sys = sys;
        this.params = params;
        this.y0 = y0;
        this.w = Nd4j.rand(new Random(seed).nextLong(), y0.shape()).castTo(y0.dataType()).subi(0.5);
    }

    /** Analytic gradient: [dL/dy0 flattened, dL/dθ]. */
    double[] analytic(SolverConfig cfg, GradientMode mode, double[][] gridOut) {
        NeuralOde ode = new NeuralOde(sys, cfg, mode);
        ode.forward(y0, T0, T1);
        INDArray pg = params == null ? null : Nd4j.zeros(params.dataType(), 1, params.length());
        INDArray gy = ode.backward(w, pg);
        if (gridOut != null) gridOut[0] = lastGrid(cfg);
        return concat(gy, pg);
    }

    private double[] lastGrid(SolverConfig cfg) {
        return new OdeSolver(cfg).solve(sys, y0, T0, T1).grid();
    }

    double loss(SolverConfig cfg, INDArray start) {
        return new OdeSolver(cfg).solve(sys, start, T0, T1).y().mul(w).sumNumber().doubleValue();
    }

    /** Finite differences on the given coordinates (indices into [y0, θ]); others are NaN. */
    double[] numeric(SolverConfig cfg, int[] coords, double eps) {
        int ny = (int) y0.length();
        double[] g = new double[ny + (params == null ? 0 : (int) params.length())];
        java.util.Arrays.fill(g, Double.NaN);
        for (int c : coords) {
            INDArray target = c < ny ? y0.reshape(y0.length()) : params.reshape(params.length());
            int i = c < ny ? c : c - ny;
            INDArray start = y0;
            double v = target.getDouble(i);
            target.putScalar(i, v + eps);
            double lp = loss(cfg, c < ny ? y0.dup() : start);
            target.putScalar(i, v - eps);
            double lm = loss(cfg, c < ny ? y0.dup() : start);
            target.putScalar(i, v);
            g[c] = (lp - lm) / (2 * eps);
        }
        return g;
    }

    int size() {
        return (int) y0.length() + (params == null ? 0 : (int) params.length());
    }

    static int[] all(int n) {
        int[] c = new int[n];
        for (int i = 0; i < n; i++) c[i] = i;
        return c;
    }

    static double[] concat(INDArray a, INDArray b) {
        double[] x = a.dup().data().asDouble();
        if (b == null) return x;
        double[] y = b.dup().data().asDouble();
        double[] r = java.util.Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return r;
    }

    /** ‖a − b‖ / max(‖a‖, ‖b‖) over the coordinates where b is defined. */
    static double relError(double[] a, double[] b) {
        double d = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            if (Double.isNaN(b[i])) continue;
            d += (a[i] - b[i]) * (a[i] - b[i]);
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return Math.sqrt(d) / Math.max(Math.sqrt(Math.max(na, nb)), 1e-300);
    }
}
