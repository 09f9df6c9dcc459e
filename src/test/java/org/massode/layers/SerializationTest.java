package org.massode.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.massode.ode.GradientMode;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/** Save → restore → identical outputs, in MultiLayerNetwork and ComputationGraph, after a stock DL4J layer. */
class SerializationTest {
    static final int N = 16;
    static final int K = 3;

    static WilsonCowanLayer wc(Parametrization p) {
        return new WilsonCowanLayer.Builder().nodes(N).classes(K).parametrization(p).trainTime(0.5).evalTime(2)
                .gradientMode(GradientMode.CHECKPOINT).build();
    }

    @Test
    void multiLayerNetworkRoundTripsThroughModelSerializer(@TempDir Path dir) throws Exception {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1)
                .dataType(DataType.FLOAT).updater(new Adam(1e-2)).list()
                .layer(new DenseLayer.Builder().nIn(8).nOut(N).activation(Activation.SIGMOID).build())
                .layer(wc(Parametrization.SPECTRAL))
                .layer(new AttractorReadout.Builder().nodes(N).classes(K).build()).build());
        net.init();
        INDArray x = Nd4j.rand(DataType.FLOAT, 5, 8);
        INDArray y = Nd4j.eye(K).castTo(DataType.FLOAT).get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 3),
                org.nd4j.linalg.indexing.NDArrayIndex.all());
        INDArray y5 = Nd4j.vstack(y, y.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 2),
                org.nd4j.linalg.indexing.NDArrayIndex.all()));
        net.fit(x, y5);
        File f = dir.resolve("m.zip").toFile();
        ModelSerializer.writeModel(net, f, true);
        MultiLayerNetwork back = ModelSerializer.restoreMultiLayerNetwork(f, true);
        assertEquals(net.params(), back.params());
        assertTrue(net.output(x).equalsWithEps(back.output(x), 1e-6), "outputs differ after restore");
    }

    @Test
    void computationGraphRoundTripsThroughModelSerializer(@TempDir Path dir) throws Exception {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(2)
                .dataType(DataType.FLOAT).updater(new Adam(1e-2)).graphBuilder()
                .addInputs("in").setInputTypes(InputType.feedForward(N))
                .addLayer("wc", wc(Parametrization.DENSE), "in")
                .addLayer("out", new AttractorReadout.Builder().nodes(N).classes(K).build(), "wc")
                .setOutputs("out").build();
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
    void augmentedLayerRoundTripsWithItsInputWidth(@TempDir Path dir) throws Exception {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(3)
                .dataType(DataType.FLOAT).updater(new Adam(1e-2)).list()
                .layer(new WilsonCowanLayer.Builder().nodes(N).inputs(N - 3).classes(K)
                        .parametrization(Parametrization.DENSE).trainTime(0.5).evalTime(1).build())
                .layer(new AttractorReadout.Builder().nodes(N).classes(K).build()).build());
        net.init();
        INDArray x = Nd4j.rand(DataType.FLOAT, 3, N - 3);
        net.fit(x, Nd4j.eye(K).castTo(DataType.FLOAT));
        File f = dir.resolve("aug.zip").toFile();
        ModelSerializer.writeModel(net, f, true);
        MultiLayerNetwork back = ModelSerializer.restoreMultiLayerNetwork(f, true);
        assertEquals(N - 3, ((WilsonCowanLayer) back.getLayer(0).conf().getLayer()).inputWidth());
        assertTrue(net.output(x).equalsWithEps(back.output(x), 1e-6), "outputs differ after restore");
        Exception e = assertThrows(Exception.class, () -> back.output(Nd4j.rand(DataType.FLOAT, 2, N)));
        assertTrue(messages(e).contains("inputs = " + (N - 3)), messages(e));
    }

    @Test
    void wrongInputWidthAndWrongLabelCountGetClearErrors() {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().dataType(DataType.FLOAT)
                .list().layer(wc(Parametrization.DENSE))
                .layer(new AttractorReadout.Builder().nodes(N).classes(K).build()).build());
        net.init();
        Exception e = assertThrows(Exception.class, () -> net.output(Nd4j.rand(DataType.FLOAT, 2, N + 4)));
        assertTrue(messages(e).contains("input width " + (N + 4)) && messages(e).contains("nodes = " + N), messages(e));
        Exception e2 = assertThrows(Exception.class,
                () -> net.fit(Nd4j.rand(DataType.FLOAT, 2, N), Nd4j.zeros(DataType.FLOAT, 2, K + 2)));
        assertTrue(messages(e2).contains("[batch, " + K + "]") && messages(e2).contains("[2, " + (K + 2) + "]"),
                messages(e2));
    }

    static String messages(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) sb.append(c.getMessage()).append(" | ");
        return sb.toString();
    }
}
