package org.massode.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.massode.dynamics.OverlapMode;
import org.massode.ode.GradientMode;
import org.massode.ode.Method;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.NoOp;

/** DL4J's gradient check (double precision) and a ModelSerializer round trip of IdpHopfieldLayer. */
class IdpHopfieldLayerTest {
    static final int N = 5;
    static final int K = 3;

    @AfterEach
    void restoreDefaultPrecision() {
        Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
    }

    static MultiLayerNetwork network(OverlapMode o, GradientMode g, Method m, double dt, DataType type) {
        if (type == DataType.DOUBLE) Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(6).dataType(type)
                .updater(type == DataType.DOUBLE ? new NoOp() : new Adam(1e-2)).list()
                .layer(new IdpHopfieldLayer.Builder().nodes(N).memories(3).overlap(o).kappa(1.5).beta(2)
                        .gradientMode(g).solver(m).dt(dt).trainTime(0.5).build())
                .layer(new org.deeplearning4j.nn.conf.layers.OutputLayer.Builder(
                        org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction.MCXENT).nIn(N).nOut(K)
                        .activation(org.nd4j.linalg.activations.Activation.SOFTMAX).build()).build());
        net.init();
        return net;
    }

    private static boolean check(MultiLayerNetwork net, double maxRel) {
        INDArray x = Nd4j.randn(DataType.DOUBLE, 3, N);
        INDArray y = Nd4j.createFromArray(new double[][]{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        return GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig().net(net).input(x).labels(y)
                .epsilon(1e-6).maxRelError(maxRel).minAbsoluteError(maxRel < 1e-4 ? 1e-9 : 1e-7));
    }

    @ParameterizedTest
    @CsvSource({"LINEAR, BACKPROP, RK4", "SOFTMAX, CHECKPOINT, EULER", "SOFTMAX, BACKPROP, MIDPOINT"})
    void exactModesPassDl4jGradientCheck(OverlapMode o, GradientMode g, Method m) {
        Nd4j.getRandom().setSeed(7);
        assertTrue(check(network(o, g, m, 0.1, DataType.DOUBLE), 1e-5), o + " " + g + " " + m);
    }

    @Test
    void adjointModePassesGradientCheckOnAFineGrid() {
        Nd4j.getRandom().setSeed(8);
        assertTrue(check(network(OverlapMode.SOFTMAX, GradientMode.ADJOINT, Method.RK4, 0.02, DataType.DOUBLE), 1e-3));
    }

    @Test
    void roundTripsThroughModelSerializer(@TempDir Path dir) throws Exception {
        MultiLayerNetwork net = network(OverlapMode.SOFTMAX, GradientMode.CHECKPOINT, Method.EULER, 0.1, DataType.FLOAT);
        INDArray x = Nd4j.randn(DataType.FLOAT, 4, N);
        INDArray y = Nd4j.createFromArray(new float[][]{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 0, 0}});
        net.fit(x, y);
        File f = dir.resolve("idp.zip").toFile();
        ModelSerializer.writeModel(net, f, true);
        MultiLayerNetwork back = ModelSerializer.restoreMultiLayerNetwork(f, true);
        assertEquals(net.params(), back.params());
        assertEquals(OverlapMode.SOFTMAX, ((IdpHopfieldLayer) back.getLayer(0).conf().getLayer()).getOverlap());
        assertTrue(net.output(x).equalsWithEps(back.output(x), 1e-6), "outputs differ after restore");
    }
}
