package org.massode.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.massode.dynamics.MlpVectorField;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The gradient strategies keep their stepper and reverse-pass buffers between solves: a later solve of one
 * {@link NeuralOde} must give exactly what a fresh one gives, whatever the earlier solve left in those buffers.
 */
class RepeatedSolvesTest {

    private record Result(INDArray yT, INDArray y0bar, INDArray paramGrad, SolveStats stats) {
    }

    private static Result solve(NeuralOde ode, INDArray y0, int params) {
        INDArray yT = ode.forward(y0, 0, 1).dup();
        INDArray pg = Nd4j.zeros(DataType.DOUBLE, 1, params);
        INDArray y0bar = ode.backward(yT.mul(2), pg);
        return new Result(yT, y0bar.dup(), pg, ode.stats());
    }

    @ParameterizedTest
    @EnumSource(GradientMode.class)
    void aReusedNeuralOdeGivesWhatAFreshOneGives(GradientMode mode) {
        for (Method m : Method.values()) {
            Nd4j.getRandom().setSeed(5);
            INDArray p = Nd4j.randn(DataType.DOUBLE, 1, MlpVectorField.layout(3, 4).size()).muli(0.7);
            MlpVectorField f = new MlpVectorField(3, 4, p);
            SolverConfig cfg = m.adaptive() ? SolverConfig.builder().method(m).rtol(1e-6).atol(1e-8).build()
                    : SolverConfig.fixed(m, 7);
            INDArray first = Nd4j.randn(DataType.DOUBLE, 2, 3).muli(3);
            INDArray second = Nd4j.randn(DataType.DOUBLE, 2, 3);
            NeuralOde reused = new NeuralOde(f, cfg, mode);
            solve(reused, first, (int) p.length());
            Result again = solve(reused, second, (int) p.length());
            Result fresh = solve(new NeuralOde(f, cfg, mode), second, (int) p.length());
            assertTrue(fresh.yT().equalsWithEps(again.yT(), 0.0), m + " " + mode + ": y(T)");
            assertTrue(fresh.y0bar().equalsWithEps(again.y0bar(), 0.0), m + " " + mode + ": dL/dy0");
            assertTrue(fresh.paramGrad().equalsWithEps(again.paramGrad(), 0.0), m + " " + mode + ": dL/dθ");
            assertEquals(fresh.stats(), again.stats(), m + " " + mode + ": solve statistics");
        }
    }

    /**
     * BACKPROP keeps every step's output in the next step's record instead of copying it there; the state a solve
     * returns must still be its own array, untouched by the next solve, for any number of steps.
     */
    @ParameterizedTest
    @EnumSource(value = GradientMode.class, names = {"BACKPROP", "CHECKPOINT", "ADJOINT"})
    void theReturnedStateSurvivesTheNextSolve(GradientMode mode) {
        for (Method m : new Method[]{Method.EULER, Method.RK4}) {
            for (int steps : new int[]{1, 2, 5}) {
                Nd4j.getRandom().setSeed(6);
                INDArray p = Nd4j.randn(DataType.DOUBLE, 1, MlpVectorField.layout(3, 4).size()).muli(0.7);
                NeuralOde ode = new NeuralOde(new MlpVectorField(3, 4, p), SolverConfig.fixed(m, steps), mode);
                INDArray yT = ode.forward(Nd4j.randn(DataType.DOUBLE, 2, 3), 0, 1);
                INDArray kept = yT.dup();
                ode.backward(yT.mul(2), Nd4j.zeros(DataType.DOUBLE, 1, p.length()));
                ode.forward(Nd4j.randn(DataType.DOUBLE, 2, 3).muli(5), 0, 1);
                assertTrue(kept.equalsWithEps(yT, 0.0), m + " " + mode + " " + steps + " steps");
            }
        }
    }
}
