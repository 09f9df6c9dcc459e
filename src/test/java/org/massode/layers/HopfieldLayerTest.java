package org.massode.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.massode.dynamics.HopfieldActivation;
import org.massode.dynamics.InputMode;
import org.massode.ode.GradientMode;
import org.massode.ode.Method;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** DL4J's finite-difference gradient check (double precision) and ModelSerializer round trips of HopfieldLayer. */
class HopfieldLayerTest {
    static final int N = 6;
    static final int K = 3;

    @org.junit.jupiter.api.AfterEach
    void restoreDefaultPrecision() {
        Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
    }

    static HopfieldLayer hopfield(InputMode mode, GradientMode g, Method m, double dt, boolean symmetric,
                                  HopfieldActivation act) {
        return new HopfieldLayer.Builder().nodes(N).inputMode(mode).gradientMode(g).solver(m).dt(dt).trainTime(0.5)
                .symmetric(symmetric).activationFunction(act).weightGain(1.2).tau(0.8).build();
    }

    static OutputLayer softmax() {
        return new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(N).nOut(K).activation(Activation.SOFTMAX)
                .build();
    }

    static MultiLayerNetwork network(HopfieldLayer layer, DataType type) {
        // DL4J's GradientCheckUtil insists on double as the global default type, not only the network's
        if (type == DataType.DOUBLE) Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(3).dataType(type)
                .updater(type == DataType.DOUBLE ? new NoOp() : new Adam(1e-2)).list()
                .layer(layer).layer(softmax()).build());
        net.init();
        return net;
    }

    @ParameterizedTest
    @CsvSource({"INITIAL, BACKPROP, EULER, false, TANH", "DRIVE, BACKPROP, RK4, false, TANH",
            "DRIVE, CHECKPOINT, MIDPOINT, true, LOGISTIC", "INITIAL, CHECKPOINT, RK4, true, TANH"})
    void exactModesPassDl4jGradientCheck(InputMode mode, GradientMode g, Method m, boolean sym, HopfieldActivation act) {
        Nd4j.getRandom().setSeed(4);
        MultiLayerNetwork net = network(hopfield(mode, g, m, 0.1, sym, act), DataType.DOUBLE);
        INDArray b = net.getLayer(0).getParam(HopfieldParamInitializer.B);
        b.assign(Nd4j.randn(DataType.DOUBLE, b.shape()).muli(0.3));
        assertTrue(check(net), mode + " " + g + " " + m + " symmetric=" + sym + " " + act + " failed DL4J's gradient check");
    }

    @Test
    void adjointModePassesGradientCheckOnAFineGrid() {
        Nd4j.getRandom().setSeed(5);
        MultiLayerNetwork net = network(hopfield(InputMode.DRIVE, GradientMode.ADJOINT, Method.RK4, 0.02, false,
                HopfieldActivation.TANH), DataType.DOUBLE);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 3, N);
        INDArray y = Nd4j.createFromArray(new double[][]{{0, 1, 0}, {0, 0, 1}, {1, 0, 0}});
        assertTrue(GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig().net(net).input(x).labels(y)
                .epsilon(1e-6).maxRelError(1e-3).minAbsoluteError(1e-7)), "ADJOINT failed DL4J's gradient check");
    }

    private static boolean check(MultiLayerNetwork net) {
        INDArray x = Nd4j.rand(DataType.DOUBLE, 3, N).subi(0.5).muli(2);
        INDArray y = Nd4j.createFromArray(new double[][]{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
        return GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig().net(net).input(x).labels(y)
                .epsilon(1e-6).maxRelError(1e-5).minAbsoluteError(1e-9));
    }

    @Test
    void multiLayerNetworkRoundTripsThroughModelSerializer(@TempDir Path dir) throws Exception {
        MultiLayerNetwork net = network(hopfield(InputMode.DRIVE, GradientMode.CHECKPOINT, Method.EULER, 0.1, true,
                HopfieldActivation.TANH), DataType.FLOAT);
        INDArray x = Nd4j.rand(DataType.FLOAT, 4, N);
        INDArray y = Nd4j.createFromArray(new float[][]{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 0, 0}});
        net.fit(x, y);
        File f = dir.resolve("h.zip").toFile();
        ModelSerializer.writeModel(net, f, true);
        MultiLayerNetwork back = ModelSerializer.restoreMultiLayerNetwork(f, true);
        assertEquals(net.params(), back.params());
        HopfieldLayer conf = (HopfieldLayer) back.getLayer(0).conf().getLayer();
        assertTrue(conf.isSymmetric() && conf.getInputMode() == InputMode.DRIVE);
        assertTrue(net.output(x).equalsWithEps(back.output(x), 1e-6), "outputs differ after restore");
    }

    @Test
    void computationGraphRoundTripsThroughModelSerializer(@TempDir Path dir) throws Exception {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(2).dataType(DataType.FLOAT)
                .updater(new Adam(1e-2)).graphBuilder().addInputs("in").setInputTypes(InputType.feedForward(N))
                .addLayer("hop", hopfield(InputMode.INITIAL, GradientMode.ADJOINT, Method.RK4, 0.1, false,
                        HopfieldActivation.LOGISTIC), "in")
                .addLayer("out", softmax(), "hop").setOutputs("out").build();
        ComputationGraph g = new ComputationGraph(conf);
        g.init();
        INDArray x = Nd4j.rand(DataType.FLOAT, 4, N);
        INDArray y = Nd4j.createFromArray(new float[][]{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 0, 0}});
        g.fit(new INDArray[]{x}, new INDArray[]{y});
        File f = dir.resolve("g.zip").toFile();
        ModelSerializer.writeModel(g, f, true);
        ComputationGraph back = ModelSerializer.restoreComputationGraph(f, true);
        assertEquals(g.params(), back.params());
        assertTrue(g.outputSingle(x).equalsWithEps(back.outputSingle(x), 1e-6), "outputs differ after restore");
    }

    @Test
    void fittingUpdatesTheCouplingsAndLowersTheLoss() {
        Nd4j.getRandom().setSeed(9);
        MultiLayerNetwork net = network(hopfield(InputMode.DRIVE, GradientMode.BACKPROP, Method.EULER, 0.25, false,
                HopfieldActivation.TANH), DataType.FLOAT);
        INDArray x = Nd4j.rand(DataType.FLOAT, 12, N);
        INDArray y = Nd4j.zeros(DataType.FLOAT, 12, K);
        for (int i = 0; i < 12; i++) y.putScalar(i, i % K, 1);
        INDArray w0 = net.getLayer(0).getParam(HopfieldParamInitializer.W).dup();
        net.fit(x, y);
        double first = net.score();
        for (int i = 0; i < 60; i++) net.fit(x, y);
        assertTrue(net.score() < first, "loss did not fall: " + first + " -> " + net.score());
        INDArray w1 = net.getLayer(0).getParam(HopfieldParamInitializer.W);
        assertTrue(w1.sub(w0).norm2Number().doubleValue() > 1e-3, "W did not change during training");
    }

    @Test
    void badConfigurationAndInputGetClearErrors() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> new HopfieldLayer.Builder().nodes(4).tau(-1));
        assertTrue(e.getMessage().contains("tau") && e.getMessage().contains("-1"), e.getMessage());
        MultiLayerNetwork net = network(hopfield(InputMode.DRIVE, GradientMode.BACKPROP, Method.EULER, 0.1, false,
                HopfieldActivation.TANH), DataType.FLOAT);
        Exception e2 = assertThrows(Exception.class, () -> net.output(Nd4j.rand(DataType.FLOAT, 2, N + 2)));
        assertTrue(SerializationTest.messages(e2).contains("input width " + (N + 2)), SerializationTest.messages(e2));
    }
}
