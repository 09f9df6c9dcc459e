package org.massode.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.massode.dynamics.DenseTanhField;
import org.massode.dynamics.ParamLayout;
import org.massode.dynamics.WilsonCowanConstants;
import org.massode.dynamics.WilsonCowanSystem;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A system's fused Euler passes ({@link OdeSystem#eulerStep}, {@link OdeSystem#vjpAccumulate}) give what the solver's
 * general path gives on the same system with them hidden: y(T), dL/dy0, dL/dθ, the statistics and the NaN report.
 */
class FusedEulerStepTest {

    /** The same system with the fused entry points left at their defaults. */
    private record Unfused(OdeSystem f) implements OdeSystem {
        public int stateSize() {
            return f.stateSize();
        }

        public int paramCount() {
            return f.paramCount();
        }

        public int cacheWidth() {
            return f.cacheWidth();
        }

        public void rhs(double t, INDArray y, INDArray dydt) {
            f.rhs(t, y, dydt);
        }

        public void rhs(double t, INDArray y, INDArray dydt, INDArray cache) {
            f.rhs(t, y, dydt, cache);
        }

        public void vjp(double t, INDArray y, INDArray a, INDArray aDfDy, INDArray paramGrad) {
            f.vjp(t, y, a, aDfDy, paramGrad);
        }

        public void vjpCached(double t, INDArray y, INDArray c, INDArray a, INDArray aDfDy, INDArray paramGrad) {
            f.vjpCached(t, y, c, a, aDfDy, paramGrad);
        }
    }

    private static INDArray[] solve(OdeSystem sys, GradientMode mode, INDArray y0, int params) {
        NeuralOde ode = new NeuralOde(sys, SolverConfig.fixed(Method.EULER, 9), mode);
        INDArray yT = ode.forward(y0, 0, 1).dup();
        INDArray pg = Nd4j.zeros(DataType.FLOAT, 1, params);
        INDArray y0bar = ode.backward(yT.mul(2), pg).dup();
        return new INDArray[]{yT, y0bar, pg};
    }

    @ParameterizedTest
    @EnumSource(value = GradientMode.class, names = {"BACKPROP", "CHECKPOINT", "ADJOINT"})
    void fusedAndGeneralEulerAgreeInFloat(GradientMode mode) {
        int n = 64;
        Nd4j.getRandom().setSeed(3);
        INDArray p = Nd4j.randn(DataType.FLOAT, 1, DenseTanhField.layout(n).size()).muli(1.0 / Math.sqrt(n));
        DenseTanhField f = new DenseTanhField(n, p);
        INDArray y0 = Nd4j.randn(DataType.FLOAT, 600, n); // split into row blocks on 2+ cores
        assertFusedMatchesGeneral(f, mode, y0, p);
        INDArray badP = p.dup();
        badP.putScalar(p.length() - 1, Float.NaN); // a NaN bias: the first step's output turns NaN
        assertNanReportedAtFirstStep(new DenseTanhField(n, badP), mode, y0);
    }

    @ParameterizedTest
    @EnumSource(value = GradientMode.class, names = {"BACKPROP", "CHECKPOINT", "ADJOINT"})
    void fusedAndGeneralWilsonCowanEulerAgreeInFloat(GradientMode mode) {
        int n = 48;
        Nd4j.getRandom().setSeed(4);
        ParamLayout layout = WilsonCowanSystem.layout(n);
        INDArray p = Nd4j.randn(DataType.FLOAT, 1, layout.size()).muli(0.5);
        layout.view(p, "gamma").assign(0.3);
        INDArray s0 = Nd4j.rand(DataType.FLOAT, 2 * 300, n); // [x; y] of 300 samples, rates in [0, 1]
        assertFusedMatchesGeneral(new WilsonCowanSystem(n, WilsonCowanConstants.REFERENCE, p), mode, s0, p);
        INDArray badP = p.dup();
        layout.view(badP, "A").putScalar(0, Float.NaN); // a NaN coupling: the first step's output turns NaN
        assertNanReportedAtFirstStep(new WilsonCowanSystem(n, WilsonCowanConstants.REFERENCE, badP), mode, s0);
    }

    private static void assertFusedMatchesGeneral(OdeSystem f, GradientMode mode, INDArray y0, INDArray p) {
        INDArray[] fused = solve(f, mode, y0, (int) p.length());
        INDArray[] general = solve(new Unfused(f), mode, y0, (int) p.length());
        String[] what = {"y(T)", "dL/dy0", "dL/dθ"};
        for (int i = 0; i < 3; i++) {
            double scale = Math.max(1, general[i].amaxNumber().doubleValue());
            double err = general[i].sub(fused[i]).amaxNumber().doubleValue() / scale;
            assertTrue(err < 1e-5, mode + " " + what[i] + ": max relative difference " + err);
        }
        NeuralOde a = new NeuralOde(f, SolverConfig.fixed(Method.EULER, 9), mode);
        a.forward(y0, 0, 1);
        NeuralOde b = new NeuralOde(new Unfused(f), SolverConfig.fixed(Method.EULER, 9), mode);
        b.forward(y0, 0, 1);
        assertEquals(b.stats(), a.stats(), "same statistics");
    }

    private static void assertNanReportedAtFirstStep(OdeSystem bad, GradientMode mode, INDArray y0) {
        for (OdeSystem sys : new OdeSystem[]{bad, new Unfused(bad)}) {
            OdeException e = assertThrows(OdeException.class,
                    () -> new NeuralOde(sys, SolverConfig.fixed(Method.EULER, 9), mode).forward(y0, 0, 1));
            assertTrue(e.getMessage().contains("step 0"), e.getMessage());
        }
    }
}
