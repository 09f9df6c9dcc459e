package org.massode.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.massode.ode.GradientMode;
import org.massode.ode.Method;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;

/** DL4J's own finite-difference gradient check on a small Wilson–Cowan network, in double precision. */
class WilsonCowanLayerGradientTest {
    static final int N = 10;
    static final int K = 2;

    @BeforeAll
    static void doublePrecision() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    static MultiLayerNetwork network(Parametrization p, GradientMode mode, Method solver, double dt) {
        return network(p, mode, solver, dt, ReadoutLoss.MSE);
    }

    static MultiLayerNetwork network(Parametrization p, GradientMode mode, Method solver, double dt, ReadoutLoss loss) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(7).dataType(DataType.DOUBLE).updater(new NoOp())
                .list()
                .layer(new WilsonCowanLayer.Builder().nodes(N).classes(K).parametrization(p).gradientMode(mode)
                        .solver(solver).dt(dt).trainTime(0.5).evalTime(1).lambdaInit(-2, 1)
                        .orthoPenalty(0).build()) // the penalty is checked on its own in OrthogonalityPenaltyTest
                .layer(new AttractorReadout.Builder().nodes(N).classes(K).loss(loss).sharpness(5).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        if (p == Parametrization.DENSE) {
            net.getLayer(0).getParam(WilsonCowanParamInitializer.A).assign(Nd4j.randn(DataType.DOUBLE, N, N).muli(0.5));
        }
        return net;
    }

    @ParameterizedTest
    @CsvSource({
            "SPECTRAL, BACKPROP, EULER", "SPECTRAL, CHECKPOINT, EULER", "SPECTRAL, BACKPROP, RK4",
            "DENSE, BACKPROP, EULER", "DENSE, CHECKPOINT, RK4", "DENSE, BACKPROP, MIDPOINT"})
    void exactModesPassDl4jGradientCheck(Parametrization p, GradientMode mode, Method solver) {
        Nd4j.getRandom().setSeed(1);
        MultiLayerNetwork net = network(p, mode, solver, 0.1);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 3, N);
        INDArray y = Nd4j.createFromArray(new double[][]{{1, 0}, {0, 1}, {1, 0}});
        boolean ok = GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig().net(net).input(x).labels(y)
                .epsilon(1e-6).maxRelError(1e-5).minAbsoluteError(1e-9));
        assertTrue(ok, p + " " + mode + " " + solver + " failed DL4J's gradient check");
    }

    @ParameterizedTest
    @CsvSource({"SPECTRAL", "DENSE"})
    void adjointModePassesGradientCheckOnAFineGrid(Parametrization p) {
        Nd4j.getRandom().setSeed(2);
        MultiLayerNetwork net = network(p, GradientMode.ADJOINT, Method.RK4, 0.025);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 3, N);
        INDArray y = Nd4j.createFromArray(new double[][]{{0, 1}, {0, 1}, {1, 0}});
        boolean ok = GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig().net(net).input(x).labels(y)
                .epsilon(1e-6).maxRelError(1e-3).minAbsoluteError(1e-7));
        assertTrue(ok, p + " ADJOINT failed DL4J's gradient check (tolerance 1e-3, discretization error)");
    }

    @ParameterizedTest
    @CsvSource({"SPECTRAL, BACKPROP", "DENSE, CHECKPOINT"})
    void crossEntropyReadoutPassesGradientCheck(Parametrization p, GradientMode mode) {
        Nd4j.getRandom().setSeed(3);
        MultiLayerNetwork net = network(p, mode, Method.EULER, 0.1, ReadoutLoss.XENT);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 3, N);
        INDArray y = Nd4j.createFromArray(new double[][]{{1, 0}, {0, 1}, {0, 1}});
        boolean ok = GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig().net(net).input(x).labels(y)
                .epsilon(1e-6).maxRelError(1e-5).minAbsoluteError(1e-9));
        assertTrue(ok, p + " " + mode + " with the cross-entropy readout failed DL4J's gradient check");
    }

    /**
     * Augmented nodes (inputs &lt; nodes): a dense sigmoid layer feeds 6 of the 10 nodes, so DL4J's check of the
     * dense layer's weights also checks the layer's input gradient, cut back to the input width.
     */
    @ParameterizedTest
    @CsvSource({"DENSE, BACKPROP", "SPECTRAL, CHECKPOINT"})
    void augmentedNodesPassGradientCheckThroughAPrecedingLayer(Parametrization p, GradientMode mode) {
        Nd4j.getRandom().setSeed(4);
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(7).dataType(DataType.DOUBLE).updater(new NoOp())
                .list()
                .layer(new org.deeplearning4j.nn.conf.layers.DenseLayer.Builder().nIn(4).nOut(6)
                        .activation(org.nd4j.linalg.activations.Activation.SIGMOID).build())
                .layer(new WilsonCowanLayer.Builder().nodes(N).inputs(6).classes(K).parametrization(p)
                        .gradientMode(mode).dt(0.1).trainTime(0.5).evalTime(1).lambdaInit(-2, 1).orthoPenalty(0)
                        .build())
                .layer(new AttractorReadout.Builder().nodes(N).classes(K).loss(ReadoutLoss.XENT).sharpness(5).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        if (p == Parametrization.DENSE) {
            net.getLayer(1).getParam(WilsonCowanParamInitializer.A).assign(Nd4j.randn(DataType.DOUBLE, N, N).muli(0.5));
        }
        INDArray x = Nd4j.rand(DataType.DOUBLE, 3, 4);
        INDArray y = Nd4j.createFromArray(new double[][]{{1, 0}, {0, 1}, {0, 1}});
        assertEquals(K, net.output(x).columns(), "class scores from the readout over all 10 nodes");
        boolean ok = GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig().net(net).input(x).labels(y)
                .epsilon(1e-6).maxRelError(1e-5).minAbsoluteError(1e-9));
        assertTrue(ok, p + " " + mode + " with 6 inputs on 10 nodes failed DL4J's gradient check");
    }
}
