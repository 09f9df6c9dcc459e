package org.massode.hybrid;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.massode.layers.AttractorReadout;
import org.massode.layers.ConvPoolLayer;
import org.massode.layers.Parametrization;
import org.massode.layers.ReadoutLoss;
import org.massode.layers.WilsonCowanLayer;
import org.massode.ode.GradientMode;
import org.massode.ode.Method;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Builds the networks a {@link HybridConfig} names. Every Wilson–Cowan variant ends its front end with a sigmoid
 * layer of {@code nodes} units, because the WC layer starts from x(0) = y(0) = input and its rates live in [0, 1]
 * (the reference's CNN ends in ReLU, which lets the initial state leave that range).
 */
public final class HybridModels {
    private HybridModels() {
    }

    /**
     * @param inputColumns TF-IDF dimension for text; ignored for images (the input type fixes the shapes)
     */
    public static MultiLayerNetwork build(HybridConfig c, int inputColumns) {
        return build(c, inputColumns, 0);
    }

    /**
     * @param iterations the run's number of updates, over which {@code lrDecay: linear} takes Adam's rate from lr to 0
     *                   (must be positive then; ignored otherwise)
     */
    public static MultiLayerNetwork build(HybridConfig c, int inputColumns, long iterations) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder().seed(c.seed())
                .dataType(DataType.FLOAT).updater(c.lrDecay().adam(c.lr(), iterations)).list();
        if (c.text()) textLayers(c, inputColumns, list);
        else imageLayers(c, list);
        MultiLayerNetwork net = new MultiLayerNetwork(list.build());
        net.init();
        return net;
    }

    /** logreg: softmax on the features; mlp: hidden ReLU layers then softmax; wc: sigmoid projection → WC → readout. */
    private static void textLayers(HybridConfig c, int in, NeuralNetConfiguration.ListBuilder list) {
        switch (c.model()) {
            case "logreg" -> list.layer(softmax(in, 2, c.l2()));
            case "mlp" -> {
                long n = in;
                for (int h : c.hidden()) {
                    list.layer(new DenseLayer.Builder().nIn(n).nOut(h).activation(Activation.RELU)
                            .weightInit(WeightInit.RELU).l2(c.l2()).build());
                    n = h;
                }
                list.layer(softmax(n, 2, c.l2()));
            }
            case "wc" -> {
                list.layer(new DenseLayer.Builder().nIn(in).nOut(c.nodes()).activation(Activation.SIGMOID)
                        .weightInit(WeightInit.XAVIER).l2(c.l2()).build());
                wilsonCowanHead(c, list);
            }
            default -> throw new IllegalArgumentException("unknown text model '" + c.model() + "'");
        }
    }

    /**
     * conv c@3×3 ReLU → max-pool 2 → conv c@3×3 ReLU → max-pool 2 (two {@link ConvPoolLayer}s: the same numbers as
     * DL4J's ConvolutionLayer + SubsamplingLayer, several times faster on CPU) → dense d₁ ReLU + BN → dense d₂ ReLU + BN → dense
     * {@code nodes}, then either the WC layer (sigmoid) or a softmax (ReLU, as in the reference).
     */
    private static void imageLayers(HybridConfig c, NeuralNetConfiguration.ListBuilder list) {
        boolean cifar = c.dataset().equals("cifar10");
        int side = cifar ? 32 : 28;
        ConvPoolLayer first = new ConvPoolLayer.Builder().input(cifar ? 3 : 1, side, side).filters(c.convChannels())
                .build();
        list.layer(first).layer(new ConvPoolLayer.Builder()
                .input(c.convChannels(), first.outputHeight(), first.outputWidth()).filters(c.convChannels()).build());
        for (int i = 0; i < c.dense().size(); i++) {
            list.layer(hidden(c, i > 0).nOut(c.dense().get(i)).activation(Activation.RELU).weightInit(WeightInit.RELU)
                            .l2(c.l2()).build())
                    .layer(new BatchNormalization.Builder().build());
        }
        if (c.wilsonCowan()) {
            list.layer(hidden(c, !c.dense().isEmpty()).nOut(c.nodes()).activation(Activation.SIGMOID)
                    .weightInit(WeightInit.XAVIER).l2(c.l2()).build());
            wilsonCowanHead(c, list);
        } else {
            list.layer(hidden(c, !c.dense().isEmpty()).nOut(c.nodes()).activation(Activation.RELU)
                            .weightInit(WeightInit.RELU).l2(c.l2()).build())
                    .layer(softmax(c.nodes(), 10, c.l2()));
        }
        // MNIST arrives as flat [n, 784] rows, CIFAR-10 as NCHW [n, 3, 32, 32]
        list.setInputType(cifar ? InputType.convolutional(32, 32, 3) : InputType.convolutionalFlat(28, 28, 1));
    }

    private static void wilsonCowanHead(HybridConfig c, NeuralNetConfiguration.ListBuilder list) {
        list.layer(new WilsonCowanLayer.Builder().nodes(c.nodes()).classes(c.classes())
                        .parametrization(Parametrization.DENSE).solver(Method.EULER).dt(c.dt()).trainTime(c.trainTime())
                        .evalTime(c.evalTime()).gradientMode(GradientMode.BACKPROP).build())
                .layer(new AttractorReadout.Builder().nodes(c.nodes()).classes(c.classes()).loss(ReadoutLoss.XENT)
                        .sharpness(c.sharpness()).build());
    }

    /**
     * A dense layer; when {@code afterHidden} and the config asks for dropout, its input (a batch-normalized hidden
     * layer) is dropped with probability p. DL4J's {@code dropOut(x)} takes the retain probability, hence 1 − p.
     */
    private static DenseLayer.Builder hidden(HybridConfig c, boolean afterHidden) {
        DenseLayer.Builder b = new DenseLayer.Builder();
        if (afterHidden && c.dropout() > 0) b.dropOut(1 - c.dropout());
        return b;
    }

    private static OutputLayer softmax(long in, int classes, double l2) {
        return new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(in).nOut(classes)
                .activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER).l2(l2).build();
    }
}
