package org.massode.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.massode.dynamics.MlpVectorField;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Counts the bytes each gradient pass keeps alive, for few and many steps. */
class AdjointMemoryTest {

    private static long peakBytes(GradientMode mode, int steps) {
        Nd4j.getRandom().setSeed(3);
        INDArray p = Nd4j.randn(DataType.DOUBLE, 1, MlpVectorField.layout(4, 8).size()).muli(0.3);
        INDArray y0 = Nd4j.randn(DataType.DOUBLE, 2, 4);
        NeuralOde ode = new NeuralOde(new MlpVectorField(4, 8, p), SolverConfig.fixed(Method.EULER, steps), mode);
        INDArray yT = ode.forward(y0, 0, 1);
        ode.backward(yT.ulike().assign(1), Nd4j.zeros(DataType.DOUBLE, 1, p.length()));
        return ode.stats().peakGradientBytes();
    }

    @Test
    void adjointMemoryDoesNotGrowWithSteps() {
        long few = peakBytes(GradientMode.ADJOINT, 100);
        long many = peakBytes(GradientMode.ADJOINT, 10_000);
        assertTrue(few > 0);
        assertEquals(1.0, (double) many / few, 0.10, "adjoint bytes kept alive: 100 steps " + few + ", 10000 steps " + many);
    }

    @Test
    void backpropMemoryGrowsLinearlyAndCheckpointingLikeItsSquareRoot() {
        long bp100 = peakBytes(GradientMode.BACKPROP, 100);
        long bp2k = peakBytes(GradientMode.BACKPROP, 2_500);
        long cp100 = peakBytes(GradientMode.CHECKPOINT, 100);
        long cp2k = peakBytes(GradientMode.CHECKPOINT, 2_500);
        assertTrue(bp2k > 15 * bp100, "backprop 100 steps " + bp100 + ", 2500 steps " + bp2k);
        double cpRatio = (double) cp2k / cp100;
        assertTrue(cpRatio > 2 && cpRatio < 10, "checkpoint 100 → 2500 steps grew by " + cpRatio + " (√25 = 5)");
        assertTrue(cp2k < bp2k / 5, "checkpoint " + cp2k + " vs backprop " + bp2k);
    }
}
