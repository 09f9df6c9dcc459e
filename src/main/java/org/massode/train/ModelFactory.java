package org.massode.train;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.massode.layers.AttractorReadout;
import org.massode.dynamics.HopfieldActivation;
import org.massode.layers.HopfieldLayer;
import org.massode.layers.WilsonCowanLayer;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** Builds the networks an {@link ExperimentConfig} names: the Wilson–Cowan classifier, the Hopfield classifier
 * or the MLP baseline. */
public final class ModelFactory {
    private ModelFactory() {
    }

    /**
     * The Hopfield classifier: an optional linear dense front end, a {@link HopfieldLayer}, then a linear softmax on the
     * potentials x(T) ({@code softmax}), on the rates f(x(T)) ({@code rates}), or the attractor readout.
     */
    private static void hopfield(NeuralNetConfiguration.ListBuilder list, ExperimentConfig c) {
        HopfieldOptions h = c.hopfield();
        int width = c.nodes();
        if (h.hopfieldNodes() > 0) {
            // a linear encoder: the nonlinearity is the Hopfield layer's own tanh
            list.layer(new DenseLayer.Builder().nIn(c.nodes()).nOut(h.hopfieldNodes()).activation(Activation.IDENTITY)
                    .weightInit(WeightInit.XAVIER).build());
            width = h.hopfieldNodes();
        }
        list.layer(new HopfieldLayer.Builder().nodes(width).inputMode(h.inputMode()).symmetric(h.symmetric())
                .tau(h.tau()).activationFunction(h.activation()).weightGain(h.weightGain()).solver(c.solver()).dt(c.dt())
                .trainTime(c.trainTime()).evalTime(c.evalTime()).gradientMode(c.gradient()).build());
        if (h.readout().equals("attractor")) {
            list.layer(new AttractorReadout.Builder().nodes(width).classes(c.classes()).build());
        } else {
            if (h.readout().equals("rates")) {
                // softmax on the firing rates f(x(T)) rather than on the potentials x(T), which start out linear in u
                list.layer(new ActivationLayer.Builder().activation(
                        h.activation() == HopfieldActivation.TANH ? Activation.TANH : Activation.SIGMOID).build());
            }
            list.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(width).nOut(c.classes())
                    .activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER).build());
        }
    }

    public static MultiLayerNetwork build(ExperimentConfig c) {
        return build(c, 0);
    }

    /** Set on the WC layer itself: DL4J drops the network-wide list for a layer with its own (SPECTRAL's penalty). */
    private static java.util.List<org.nd4j.linalg.learning.regularization.Regularization> weightDecay(ExperimentConfig c) {
        return c.weightDecay() > 0
                ? java.util.List.of(new org.nd4j.linalg.learning.regularization.WeightDecay(c.weightDecay(), true))
                : java.util.List.of();
    }

    /**
     * @param iterations the updates over which the rate moves from lr to its final value: the run's total, or those
     *                   before {@code swaStart} with weight averaging (ignored by {@link LrDecay#NONE} without
     *                   averaging; must be positive otherwise)
     */
    public static MultiLayerNetwork build(ExperimentConfig c, long iterations) {
        NeuralNetConfiguration.Builder base = new NeuralNetConfiguration.Builder()
                .seed(c.seed()).dataType(DataType.FLOAT).updater(c.lrDecay().adam(c.lr(), iterations, c.averaging().finalLr()));
        // decoupled weight decay (AdamW): w ← w − η_t·λ·w on the weight parameters (A, Φ, dense kernels), not biases
        if (c.weightDecay() > 0) base.weightDecay(c.weightDecay(), true);
        NeuralNetConfiguration.ListBuilder list = base.list();
        if (c.model().equals("wc")) {
            int wcNodes = c.nodes() + c.extraNodes();
            list.layer(new WilsonCowanLayer.Builder().nodes(wcNodes).inputs(c.nodes()).classes(c.classes())
                            .parametrization(c.parametrization()).solver(c.solver()).dt(c.dt())
                            .trainTime(c.trainTime()).evalTime(c.evalTime()).gradientMode(c.gradient())
                            .denseInitStd(c.denseInitStd()).regularization(weightDecay(c))
                            // DL4J's Dropout takes the probability of keeping a value; the config, like PyTorch, the
                            // probability of dropping it
                            .dropOut(c.inputDropout() > 0 ? new Dropout(1 - c.inputDropout()) : null).build())
                    .layer(new AttractorReadout.Builder().nodes(wcNodes).classes(c.classes()).loss(c.loss())
                            .sharpness(c.sharpness()).build());
        } else if (c.model().equals("hopfield")) {
            hopfield(list, c);
        } else {
            long in = c.nodes();
            for (int h : c.hidden()) {
                list.layer(new DenseLayer.Builder().nIn(in).nOut(h).activation(Activation.RELU)
                        .weightInit(WeightInit.RELU).build());
                in = h;
            }
            list.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(in).nOut(c.classes())
                    .activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER).build());
        }
        MultiLayerConfiguration conf = list.build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }
}
