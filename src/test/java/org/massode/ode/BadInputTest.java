package org.massode.ode;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class BadInputTest {
    private final OdeSolver rk4 = new OdeSolver(SolverConfig.fixed(Method.RK4, 10));

    private static void assertMentions(Throwable e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "message '" + e.getMessage() + "' should mention '" + p + "'");
        }
    }

    @Test
    void nanInInitialStateIsRejected() {
        INDArray y0 = Nd4j.createFromArray(new double[][]{{1, Double.NaN}});
        var e = assertThrows(IllegalArgumentException.class, () -> rk4.solve(new TestSystems.Linear(), y0, 0, 1));
        assertMentions(e, "y0", "NaN");
    }

    @Test
    void rhsTurningNaNMidSolveNamesStepAndTime() {
        INDArray y0 = Nd4j.ones(1, 3).castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE);
        var e = assertThrows(OdeException.class, () -> rk4.solve(new TestSystems.NanAfter(0.5), y0, 0, 1));
        assertMentions(e, "NaN", "step 5", "t=0.5");
        OdeSolver dopri = new OdeSolver(SolverConfig.builder().method(Method.DOPRI5).build());
        var e2 = assertThrows(OdeException.class, () -> dopri.solve(new TestSystems.NanAfter(0.5), y0, 0, 1));
        assertMentions(e2, "NaN", "step", "t=");
    }

    @Test
    void rhsTurningNaNMidSolveIsCaughtOnTheFloatFastPathToo() {
        INDArray y0 = Nd4j.ones(org.nd4j.linalg.api.buffer.DataType.FLOAT, 4, 3);
        var e = assertThrows(OdeException.class, () -> rk4.solve(new TestSystems.NanAfter(0.5), y0, 0, 1));
        assertMentions(e, "NaN", "step 5", "t=0.5");
        NeuralOde ode = new NeuralOde(new TestSystems.NanAfter(0.5), SolverConfig.fixed(Method.EULER, 10),
                GradientMode.BACKPROP);
        var e2 = assertThrows(OdeException.class, () -> ode.forward(y0, 0, 1));
        assertMentions(e2, "NaN", "step 6", "t=0.6");
    }

    @Test
    void dopri5StepBelowMinimumNamesTimeAndStep() {
        INDArray y0 = Nd4j.createFromArray(new double[][]{{1.0}});
        OdeSolver dopri = new OdeSolver(SolverConfig.builder().method(Method.DOPRI5).minStep(1e-6).build());
        var e = assertThrows(OdeException.class, () -> dopri.solve(new TestSystems.BlowUp(), y0, 0, 2));
        assertMentions(e, "step size h=", "minimum", "at t=0.99");
    }

    @Test
    void shapeMismatchNamesExpectedAndActualShapes() {
        INDArray y0 = Nd4j.zeros(4, 3);
        var e = assertThrows(IllegalArgumentException.class, () -> rk4.solve(new TestSystems.Linear(), y0, 0, 1));
        assertMentions(e, "[batch, 2]", "[4, 3]");
        NeuralOde ode = new NeuralOde(new TestSystems.Linear(), SolverConfig.fixed(Method.EULER, 3), GradientMode.BACKPROP);
        ode.forward(Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.DOUBLE, 4, 2), 0, 1);
        var e2 = assertThrows(IllegalArgumentException.class, () -> ode.backward(Nd4j.zeros(4, 5), null));
        assertMentions(e2, "[4, 2]", "[4, 5]");
    }

    @Test
    void nonPositiveStepsAndReversedIntervalsAreRejected() {
        assertMentions(assertThrows(IllegalArgumentException.class, () -> SolverConfig.fixed(Method.EULER, 0)),
                "steps", "0");
        assertMentions(assertThrows(IllegalArgumentException.class,
                () -> SolverConfig.builder().minStep(-1)), "minStep");
        assertMentions(assertThrows(IllegalArgumentException.class,
                () -> SolverConfig.builder().grid(new double[]{0, 0.5, 0.5, 1})), "increase");
        INDArray y0 = Nd4j.zeros(1, 2);
        assertMentions(assertThrows(IllegalArgumentException.class,
                () -> rk4.solve(new TestSystems.Linear(), y0, 1, 0)), "t1 must be greater than t0", "t0=1.0");
        assertMentions(assertThrows(IllegalArgumentException.class, () -> Method.parse("rk45")), "rk45", "dopri5");
    }
}
