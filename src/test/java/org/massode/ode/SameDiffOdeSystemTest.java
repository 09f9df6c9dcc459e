package org.massode.ode;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.massode.dynamics.MlpVectorField;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The autodiff path: the same MLP field written with SameDiff ops. */
class SameDiffOdeSystemTest {
    static final int N = GradientModesTest.N;
    static final int H = GradientModesTest.H;

    static SameDiffOdeSystem mlp(INDArray flat) {
        LinkedHashMap<String, long[]> shapes = new LinkedHashMap<>();
        MlpVectorField.layout(N, H).shapes().forEach(shapes::put);
        return new SameDiffOdeSystem(N, shapes, flat, DataType.DOUBLE, SameDiffOdeSystemTest::mlpRhs);
    }

    static SDVariable mlpRhs(SameDiff sd, SDVariable t, SDVariable y, Map<String, SDVariable> p) {
        SDVariable h = sd.math().tanh(y.mmul(p.get("W1").permute(1, 0)).add(p.get("b1")));
        return h.mmul(p.get("W2").permute(1, 0)).add(p.get("b2"));
    }

    @Test
    void handWrittenVjpEqualsSameDiffVjp() {
        Nd4j.getRandom().setSeed(5);
        INDArray p = Nd4j.randn(DataType.DOUBLE, 1, MlpVectorField.layout(N, H).size());
        INDArray y = Nd4j.randn(DataType.DOUBLE, 5, N);
        INDArray a = Nd4j.randn(DataType.DOUBLE, 5, N);
        MlpVectorField hand = new MlpVectorField(N, H, p);
        SameDiffOdeSystem auto = mlp(p);

        INDArray f1 = y.ulike();
        INDArray f2 = y.ulike();
        hand.rhs(0.3, y, f1);
        auto.rhs(0.3, y, f2);
        assertTrue(f1.equalsWithEps(f2, 1e-12), "rhs differs");

        INDArray gy1 = y.ulike();
        INDArray gy2 = y.ulike();
        INDArray gp1 = Nd4j.zeros(DataType.DOUBLE, 1, p.length());
        INDArray gp2 = Nd4j.zeros(DataType.DOUBLE, 1, p.length());
        hand.vjp(0.3, y, a, gy1, gp1);
        auto.vjp(0.3, y, a, gy2, gp2);
        double ey = GradCheck.relError(gy1.data().asDouble(), gy2.data().asDouble());
        double ep = GradCheck.relError(gp1.data().asDouble(), gp2.data().asDouble());
        assertTrue(ey < 1e-10 && ep < 1e-10, "vjp state " + ey + ", params " + ep);
    }

    @ParameterizedTest
    @EnumSource(Method.class)
    void everyGradientModeMatchesFiniteDifferencesThroughSameDiff(Method m) {
        Nd4j.getRandom().setSeed(21);
        INDArray p = Nd4j.randn(DataType.DOUBLE, 1, MlpVectorField.layout(N, H).size()).muli(0.7);
        INDArray y0 = Nd4j.randn(DataType.DOUBLE, 2, N);
        GradCheck gc = new GradCheck(mlp(p), p, y0, 21);
        SolverConfig cfg = m.adaptive() ? SolverConfig.builder().method(m).rtol(1e-5).atol(1e-7).build()
                : SolverConfig.fixed(m, 4);
        int[] coords = {0, 4, 6, 9, 17, 30, 36};
        double[][] grid = new double[1][];
        double[] bp = gc.analytic(cfg, GradientMode.BACKPROP, grid);
        double[] fd = gc.numeric(GradientModesTest.replay(cfg, grid[0]), coords, 1e-6);
        assertTrue(GradCheck.relError(bp, fd) < 1e-5, m + " backprop: " + GradCheck.relError(bp, fd));
        double[] cp = gc.analytic(cfg.toBuilder().checkpointEvery(2).build(), GradientMode.CHECKPOINT, null);
        assertTrue(GradCheck.relError(cp, bp) < 1e-12, m + " checkpoint: " + GradCheck.relError(cp, bp));
        // adjoint vs backprop with a grid fine enough for each method's discretization error
        SolverConfig fine = m.adaptive() ? cfg.toBuilder().rtol(1e-9).atol(1e-11).build()
                : SolverConfig.fixed(m, m == Method.EULER ? 1500 : m == Method.MIDPOINT ? 100 : 16);
        double[] bpFine = gc.analytic(fine, GradientMode.BACKPROP, null);
        double[] adj = gc.analytic(fine, GradientMode.ADJOINT, null);
        // Euler is first order: 1e-4 would need ~10⁴ SameDiff steps; the MLP test checks 1e-4 with 8000 steps
        double tol = m == Method.EULER ? 1e-3 : 1e-4;
        assertTrue(GradCheck.relError(adj, bpFine) < tol, m + " adjoint: " + GradCheck.relError(adj, bpFine));
    }
}
