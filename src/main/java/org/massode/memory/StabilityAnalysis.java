package org.massode.memory;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.massode.dynamics.RowStack;
import org.massode.ode.OdeSystem;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Local stability of an equilibrium x* of dx/dt = f(x): the Jacobian J = ∂f/∂x(x*), its eigenvalues (Commons Math
 * {@link EigenDecomposition}) and the verdict "locally asymptotically stable" iff max Re λ(J) &lt; 0 (Lyapunov's
 * indirect method; a zero real part is reported as not stable). J is read off the system's own hand-written vjp:
 * with the N unit cotangents eᵢ as a batch, the vjp returns the rows eᵢᵀ·J, so no separate derivative code exists.
 */
public final class StabilityAnalysis {
    /** Tolerance on max Re λ below which the equilibrium counts as stable. */
    public static final double TOLERANCE = 1e-9;

    private StabilityAnalysis() {
    }

    /** The eigenvalue summary of one equilibrium. */
    public record Report(double maxRealPart, double minRealPart, double[] realParts, double[] imagParts,
                         double residual, boolean stable) {
        public String verdict() {
            return stable ? "locally asymptotically stable" : "not stable";
        }
    }

    /** J(x*) for a system whose state is x itself. */
    public static double[][] jacobian(OdeSystem sys, double[] x) {
        int n = x.length;
        INDArray xs = Nd4j.createFromArray(x).reshape(1, n).repeat(0, n);
        INDArray out = Nd4j.zeros(DataType.DOUBLE, n, n);
        sys.vjp(0, xs, Nd4j.eye(n).castTo(DataType.DOUBLE), out, null);
        return out.toDoubleMatrix();
    }

    /** The x-block of J for a {@link RowStack} system [x; u] with the constant input u. */
    public static double[][] jacobianStacked(OdeSystem sys, double[] x, double[] u) {
        int n = x.length;
        INDArray xs = Nd4j.createFromArray(x).reshape(1, n).repeat(0, n);
        INDArray us = Nd4j.createFromArray(u).reshape(1, n).repeat(0, n);
        INDArray a = RowStack.stack(Nd4j.eye(n).castTo(DataType.DOUBLE), Nd4j.zeros(DataType.DOUBLE, n, n));
        INDArray out = Nd4j.zeros(DataType.DOUBLE, 2 * n, n);
        sys.vjp(0, RowStack.stack(xs, us), a, out, null);
        return RowStack.top(out).toDoubleMatrix();
    }

    /**
     * Eigenvalues of J and the verdict. Rows with only a diagonal entry (silent rectified units: J_ii = −1/τ, no
     * dependence on the others) are deflated first: J is then block-triangular, so its spectrum is those diagonal
     * entries plus the spectrum of the remaining principal block. This is exact, and it keeps Commons Math's
     * nonsymmetric QR iteration on the small active block, where it converges reliably.
     */
    public static Report analyze(double[][] j, double residual) {
        int n = j.length;
        java.util.List<Integer> keep = new java.util.ArrayList<>();
        java.util.List<Double> diag = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean onlyDiagonal = true;
            for (int k = 0; k < n && onlyDiagonal; k++) if (k != i && j[i][k] != 0) onlyDiagonal = false;
            if (onlyDiagonal) diag.add(j[i][i]);
            else keep.add(i);
        }
        double[] re = new double[n];
        double[] im = new double[n];
        int m = keep.size();
        if (m > 0) {
            double[][] sub = new double[m][m];
            for (int a = 0; a < m; a++) for (int b = 0; b < m; b++) sub[a][b] = j[keep.get(a)][keep.get(b)];
            EigenDecomposition ed;
            try {
                ed = new EigenDecomposition(new Array2DRowRealMatrix(sub, false));
            } catch (org.apache.commons.math3.exception.MathIllegalStateException e) {
                throw new IllegalStateException("the eigenvalue solver did not converge on the " + m + "×" + m
                        + " active block of the Jacobian: " + e.getMessage(), e);
            }
            System.arraycopy(ed.getRealEigenvalues(), 0, re, 0, m);
            System.arraycopy(ed.getImagEigenvalues(), 0, im, 0, m);
        }
        for (int k = 0; k < diag.size(); k++) re[m + k] = diag.get(k);
        double max = Arrays.stream(re).max().orElse(Double.NaN);
        double min = Arrays.stream(re).min().orElse(Double.NaN);
        return new Report(max, min, re, im, residual, max < -TOLERANCE);
    }
}
