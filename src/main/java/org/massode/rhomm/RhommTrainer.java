package org.massode.rhomm;

import java.util.Arrays;
import java.util.Random;
import org.massode.dynamics.ParamLayout;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * Full-batch training of RHoMM: every epoch is one gradient step θ ← θ − η·∂L/∂θ (or an Adam step) on all windows,
 * followed by the row L1 normalization of J when configured. Stops when |Lₑ − Lₑ₋₁|/|Lₑ₋₁| &lt; tolerance for
 * {@code patience} consecutive epochs (converged), when L or θ stops being finite (diverged), or after
 * {@code maxEpochs}.
 */
public final class RhommTrainer {
    private final RhommConfig config;

    public RhommTrainer(RhommConfig config) {
        this.config = config;
    }

    public RhommFit fit(TrainingWindows data) {
        long started = System.nanoTime();
        int n = data.regions();
        ParamLayout layout = new ParamLayout().add("J", n, n).add("b", 1, n);
        INDArray params = Nd4j.zeros(config.dataType(), 1, layout.size());
        INDArray grads = Nd4j.zeros(config.dataType(), 1, layout.size());
        INDArray j = layout.view(params, "J");
        INDArray b = layout.view(params, "b");
        INDArray gj = layout.view(grads, "J");
        INDArray gb = layout.view(grads, "b");
        j.assign(Nd4j.create(initialCouplings(n)).castTo(config.dataType()));
        IUpdater conf = config.optimizer() == RhommConfig.Optimizer.ADAM ? new Adam(config.learningRate())
                : new Sgd(config.learningRate());
        long stateSize = conf.stateSize(layout.size());
        INDArray state = stateSize > 0 ? Nd4j.zeros(config.dataType(), 1, stateSize) : null;
        GradientUpdater<?> updater = conf.instantiate(state, true);
        INDArray diagonalMask = config.zeroDiagonal() ? Nd4j.eye(n).rsubi(1).castTo(config.dataType()) : null;

        RhommLoss loss = new RhommLoss(data, config);
        double[] history = new double[config.maxEpochs() + 1];
        double previous = Double.NaN;
        int calm = 0;
        int epoch = 0;
        boolean converged = false;
        boolean diverged = false;
        double current = Double.NaN;
        while (true) {
            current = loss.lossAndGradient(j, b, gj, gb);
            history[epoch] = current;
            if (!Double.isFinite(current)) {
                diverged = true;
                break;
            }
            if (epoch > 0) {
                double rel = Math.abs(current - previous) / Math.max(Math.abs(previous), 1e-300);
                calm = rel < config.tolerance() ? calm + 1 : 0;
                if (calm >= config.patience()) {
                    converged = true;
                    break;
                }
            }
            if (epoch == config.maxEpochs()) break;
            previous = current;
            if (diagonalMask != null) gj.muli(diagonalMask);
            updater.applyUpdater(grads, epoch, epoch);
            params.subi(grads);
            if (config.normalization() == RhommConfig.Normalization.L1) RowNormalization.l1Rows(j);
            epoch++;
        }
        double[][] jOut = j.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).toDoubleMatrix();
        double[] bOut = b.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).toDoubleVector();
        if (!diverged && !allFinite(jOut)) diverged = true;
        return new RhommFit(new RhommModel(jOut, bOut, config.beta()), epoch, converged && !diverged, diverged,
                current, Arrays.copyOf(history, epoch + 1), (System.nanoTime() - started) / 1e9);
    }

    /** Gaussian J(0) with standard deviation {@code initScale}, diagonal zero; seeded, so runs are reproducible. */
    private double[][] initialCouplings(int n) {
        Random rnd = new Random(config.seed());
        double[][] j = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                j[r][c] = r == c ? 0 : config.initScale() * rnd.nextGaussian();
            }
        }
        return j;
    }

    private static boolean allFinite(double[][] m) {
        for (double[] row : m) {
            for (double v : row) {
                if (!Double.isFinite(v)) return false;
            }
        }
        return true;
    }
}
