package org.massode.ode;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.massode.dynamics.MlpVectorField;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Every solver × gradient mode on the hand-written MlpVectorField, in double precision. */
class GradientModesTest {
    static final int N = 3;
    static final int H = 4;

    static GradCheck problem(long seed) {
        Nd4j.getRandom().setSeed(seed);
        INDArray p = Nd4j.randn(DataType.DOUBLE, 1, MlpVectorField.layout(N, H).size()).muli(0.7);
        INDArray y0 = Nd4j.randn(DataType.DOUBLE, 2, N);
        return new GradCheck(new MlpVectorField(N, H, p), p, y0, seed);
    }

    static SolverConfig coarse(Method m) {
        return m.adaptive() ? SolverConfig.builder().method(m).rtol(1e-6).atol(1e-8).build()
                : SolverConfig.fixed(m, 8);
    }

    static SolverConfig fine(Method m) {
        return switch (m) {
            case EULER -> SolverConfig.fixed(m, 8_000);
            case MIDPOINT -> SolverConfig.fixed(m, 400);
            case RK4 -> SolverConfig.fixed(m, 50);
            case DOPRI5 -> SolverConfig.builder().method(m).rtol(1e-10).atol(1e-12).build();
        };
    }

    /** FD must differentiate the same discrete map: adaptive solves replay the accepted grid. */
    static SolverConfig replay(SolverConfig cfg, double[] grid) {
        return cfg.adaptive() ? cfg.toBuilder().grid(grid).build() : cfg;
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void backpropMatchesFiniteDifferences(Method m) {
        GradCheck gc = problem(11);
        double[][] grid = new double[1][];
        double[] g = gc.analytic(coarse(m), GradientMode.BACKPROP, grid);
        double[] fd = gc.numeric(replay(coarse(m), grid[0]), GradCheck.all(gc.size()), 1e-6);
        double err = GradCheck.relError(g, fd);
        assertTrue(err < 1e-5, m + " backprop vs finite differences: relative error " + err);
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void checkpointEqualsBackpropAndFiniteDifferences(Method m) {
        GradCheck gc = problem(12);
        SolverConfig cfg = coarse(m).toBuilder().checkpointEvery(3).build();
        double[][] grid = new double[1][];
        double[] bp = gc.analytic(cfg, GradientMode.BACKPROP, grid);
        double[] cp = gc.analytic(cfg, GradientMode.CHECKPOINT, null);
        double same = GradCheck.relError(cp, bp);
        assertTrue(same < 1e-12, m + " checkpoint vs backprop: relative difference " + same);
        double[] fd = gc.numeric(replay(cfg, grid[0]), GradCheck.all(gc.size()), 1e-6);
        double err = GradCheck.relError(cp, fd);
        assertTrue(err < 1e-5, m + " checkpoint vs finite differences: relative error " + err);
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void adjointAgreesWithBackpropOnAFineGrid(Method m) {
        GradCheck gc = problem(13);
        double[] bp = gc.analytic(fine(m), GradientMode.BACKPROP, null);
        double[] adj = gc.analytic(fine(m), GradientMode.ADJOINT, null);
        double err = GradCheck.relError(adj, bp);
        assertTrue(err < 1e-4, m + " adjoint vs backprop: relative difference " + err);
    }
}
