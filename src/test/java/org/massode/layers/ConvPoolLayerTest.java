package org.massode.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class ConvPoolLayerTest {

    private static OutputLayer softmax(int classes) {
        return new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(classes)
                .activation(Activation.SOFTMAX).build();
    }

    @Test
    void twoChainedBlocksPassDl4jGradientCheckInDoublePrecision() {
        Nd4j.getRandom().setSeed(11);
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(3).dataType(DataType.DOUBLE)
                .updater(new NoOp()).list()
                .layer(new ConvPoolLayer.Builder().input(2, 10, 10).filters(3).build())   // → [3, 4, 4]
                .layer(new ConvPoolLayer.Builder().input(3, 4, 4).filters(2).build())     // → [2, 1, 1]
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(2).nOut(2)
                        .activation(Activation.SOFTMAX).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        // biases away from 0 so that few ReLUs sit at their kink
        net.getLayer(0).getParam(ConvPoolParamInitializer.B).assign(Nd4j.createFromArray(0.3, 0.5, 0.2).reshape(1, 3));
        net.getLayer(1).getParam(ConvPoolParamInitializer.B).assign(Nd4j.createFromArray(0.4, 0.6).reshape(1, 2));
        INDArray x = Nd4j.rand(DataType.DOUBLE, 3, 200);
        INDArray y = Nd4j.createFromArray(new double[][]{{1, 0}, {0, 1}, {1, 0}});
        DataType before = Nd4j.dataType();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        boolean ok;
        try {
            ok = GradientCheckUtil.checkGradients(new GradientCheckUtil.MLNConfig().net(net).input(x).labels(y)
                    .epsilon(1e-6).maxRelError(1e-5).minAbsoluteError(1e-9));
        } finally {
            Nd4j.setDefaultDataTypes(before, before);
        }
        assertTrue(ok, "ConvPoolLayer failed DL4J's gradient check (the second block also checks the first's ∂x)");
    }

    /** Same weights → the same numbers as DL4J's ConvolutionLayer (ReLU) + max SubsamplingLayer. */
    @Test
    void forwardEqualsDl4jsConvolutionAndPoolingLayers() {
        Nd4j.getRandom().setSeed(5);
        int c = 2;
        int f = 4;
        MultiLayerNetwork dl4j = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1)
                .dataType(DataType.DOUBLE).list()
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(f).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                        .build())
                .layer(softmax(3))
                .setInputType(InputType.convolutionalFlat(9, 9, c)).build());
        dl4j.init();
        MultiLayerNetwork ours = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(1)
                .dataType(DataType.DOUBLE).list()
                .layer(new ConvPoolLayer.Builder().input(c, 9, 9).filters(f).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(f * 9).nOut(3)
                        .activation(Activation.SOFTMAX).build())
                .build());
        ours.init();
        INDArray w = dl4j.getLayer(0).getParam("W");                        // [F, C, 3, 3]
        ours.getLayer(0).getParam(ConvPoolParamInitializer.W).assign(w.reshape('c', f, c * 9).transpose());
        ours.getLayer(0).getParam(ConvPoolParamInitializer.B).assign(dl4j.getLayer(0).getParam("b").reshape(1, f));
        INDArray x = Nd4j.randn(DataType.DOUBLE, 5, c * 81);
        INDArray expected = dl4j.feedForwardToLayer(1, x, false).get(2).reshape('c', 5, f * 9);
        INDArray actual = ours.feedForwardToLayer(0, x, false).get(1);
        assertTrue(expected.equalsWithEps(actual, 1e-10), "ConvPoolLayer differs from DL4J's layers:\n" + expected
                + "\n" + actual);
    }

    @Test
    void roundTripsThroughModelSerializerAndNamesAWrongInputShape(@TempDir Path dir) throws Exception {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(2)
                .dataType(DataType.FLOAT).updater(new Adam(1e-2)).list()
                .layer(new ConvPoolLayer.Builder().input(1, 8, 8).filters(2).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(18).nOut(2)
                        .activation(Activation.SOFTMAX).build())
                .build());
        net.init();
        INDArray x = Nd4j.rand(DataType.FLOAT, 4, 64);
        net.fit(x, Nd4j.createFromArray(new float[][]{{1, 0}, {0, 1}, {1, 0}, {0, 1}}));
        File f = dir.resolve("conv.zip").toFile();
        ModelSerializer.writeModel(net, f, true);
        MultiLayerNetwork back = ModelSerializer.restoreMultiLayerNetwork(f, true);
        assertEquals(net.params(), back.params());
        assertTrue(net.output(x).equalsWithEps(back.output(x), 1e-6));
        Exception e = assertThrows(Exception.class, () -> back.output(Nd4j.rand(DataType.FLOAT, 2, 60)));
        assertTrue(SerializationTest.messages(e).contains("[2, 60]")
                && SerializationTest.messages(e).contains("[batch, 64]"), SerializationTest.messages(e));
    }

    @Test
    void builderRejectsAnImageTooSmallForKernelAndPooling() {
        Exception e = assertThrows(IllegalArgumentException.class,
                () -> new ConvPoolLayer.Builder().input(1, 3, 3).filters(2).build());
        assertTrue(e.getMessage().contains("3×3"), e.getMessage());
    }
}
