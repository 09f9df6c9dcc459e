package org.massode.ode;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.massode.dynamics.MlpVectorField;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link NeuralOde#forward(INDArray, double, double, INDArray)} and {@link NeuralOde#backward(INDArray, INDArray,
 * INDArray)} write into the caller's buffers and must give exactly what the allocating forms give; y0 is only read.
 */
class OutputBuffersTest {
    private static SolverConfig config(Method m) {
        return m.adaptive() ? SolverConfig.builder().method(m).rtol(1e-6).atol(1e-8).build() : SolverConfig.fixed(m, 6);
    }

    @ParameterizedTest
    @EnumSource(GradientMode.class)
    void buffersGiveWhatNewArraysGiveAndY0IsOnlyRead(GradientMode mode) {
        for (Method m : new Method[]{Method.EULER, Method.RK4, Method.DOPRI5}) {
            Nd4j.getRandom().setSeed(9);
            INDArray p = Nd4j.randn(DataType.DOUBLE, 1, MlpVectorField.layout(3, 4).size()).muli(0.7);
            MlpVectorField f = new MlpVectorField(3, 4, p);
            INDArray y0 = Nd4j.randn(DataType.DOUBLE, 2, 3);
            INDArray y0Before = y0.dup();

            NeuralOde plain = new NeuralOde(f, config(m), mode);
            INDArray yT = plain.forward(y0, 0, 1).dup();
            INDArray pg = Nd4j.zeros(DataType.DOUBLE, 1, p.length());
            INDArray y0bar = plain.backward(yT.mul(2), pg).dup();

            NeuralOde buffered = new NeuralOde(f, config(m), mode);
            INDArray yTBuf = Nd4j.createUninitialized(DataType.DOUBLE, 2, 3);
            INDArray pgBuf = Nd4j.zeros(DataType.DOUBLE, 1, p.length());
            for (int round = 0; round < 2; round++) { // the second round runs on the kept buffers
                pgBuf.assign(0);
                assertSame(yTBuf, buffered.forward(y0, 0, 1, yTBuf), m + " " + mode);
                assertTrue(yT.equalsWithEps(yTBuf, 0.0), m + " " + mode + ": y(T)");
                INDArray cotangent = yTBuf.mul(2);
                INDArray out = buffered.backward(cotangent, pgBuf, cotangent); // in place over dL/dy(T)
                assertSame(cotangent, out);
                assertTrue(y0bar.equalsWithEps(out, 0.0), m + " " + mode + ": dL/dy0");
                assertTrue(pg.equalsWithEps(pgBuf, 0.0), m + " " + mode + ": dL/dθ");
            }
            assertTrue(y0Before.equalsWithEps(y0, 0.0), m + " " + mode + ": y0 was written");
        }
    }

    @ParameterizedTest
    @EnumSource(GradientMode.class)
    void badBuffersAreRefusedWithTheirShapes(GradientMode mode) {
        INDArray p = Nd4j.randn(DataType.DOUBLE, 1, MlpVectorField.layout(3, 4).size());
        NeuralOde ode = new NeuralOde(new MlpVectorField(3, 4, p), SolverConfig.fixed(Method.EULER, 3), mode);
        INDArray y0 = Nd4j.randn(DataType.DOUBLE, 2, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ode.forward(y0, 0, 1, Nd4j.create(DataType.DOUBLE, 2, 4)));
        assertTrue(e.getMessage().contains("[2, 3]") && e.getMessage().contains("[2, 4]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ode.forward(y0, 0, 1, Nd4j.create(DataType.FLOAT, 2, 3)));
        assertTrue(e.getMessage().contains("FLOAT"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ode.forward(y0, 0, 1, y0));
        assertTrue(e.getMessage().contains("another array"), e.getMessage());
        INDArray yT = ode.forward(y0, 0, 1);
        e = assertThrows(IllegalArgumentException.class,
                () -> ode.backward(yT, null, Nd4j.create(DataType.DOUBLE, 3, 3)));
        assertTrue(e.getMessage().contains("[2, 3]") && e.getMessage().contains("[3, 3]"), e.getMessage());
    }
}
