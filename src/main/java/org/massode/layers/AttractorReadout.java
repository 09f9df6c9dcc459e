package org.massode.layers;

import java.util.Collection;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.memory.LayerMemoryReport;
import org.deeplearning4j.nn.conf.memory.MemoryReport;
import org.deeplearning4j.nn.params.EmptyParamInitializer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Output layer for planted-attractor networks. The output is one score per class, softmax(−κ·dₖ) with
 * dₖ = ‖x − pₖ‖²/‖pₖ‖², so that DL4J's {@code Evaluation} on one-hot labels reports the nearest-attractor accuracy.
 * The loss ({@link ReadoutLoss}) is by default the MSE between the final excitatory state x(T) and the attractor of
 * the true class, L = (1/N)·‖x(T) − p_label‖², or the cross-entropy of the scores, L = −log softmax(−κ·d)_label
 * (both averaged over the batch). No parameters.
 */
public class AttractorReadout extends FeedForwardLayer {
    private int nodes;
    private int classes;
    private double sharpness = 100;
    private ReadoutLoss loss = ReadoutLoss.MSE;

    public AttractorReadout() {
        // for Jackson
    }

    private AttractorReadout(Builder b) {
        super(b);
        nodes = b.nodes;
        classes = b.classes;
        sharpness = b.sharpness;
        loss = b.loss;
        nIn = nodes;
        nOut = classes;
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
                                                      Collection<TrainingListener> listeners, int layerIndex,
                                                      INDArray layerParamsView, boolean initializeParams,
                                                      DataType networkDataType) {
        return LayerWiring.wire(new AttractorReadoutImpl(conf, networkDataType), conf, listeners, layerIndex, layerParamsView,
                initializeParams, initializer());
    }

    @Override
    public ParamInitializer initializer() {
        return EmptyParamInitializer.getInstance();
    }

    @Override
    public LayerMemoryReport getMemoryReport(InputType inputType) {
        return new LayerMemoryReport.Builder(layerName, AttractorReadout.class, inputType, getOutputType(-1, inputType))
                .standardMemory(0, 0).workingMemory(0, 2L * nodes, 0, 2L * nodes)
                .cacheMemory(MemoryReport.CACHE_MODE_ALL_ZEROS, MemoryReport.CACHE_MODE_ALL_ZEROS).build();
    }

    @Override
    public boolean isPretrainParam(String paramName) {
        return false;
    }

    public int getNodes() { return nodes; }
    public void setNodes(int v) { nodes = v; }
    public int getClasses() { return classes; }
    public void setClasses(int v) { classes = v; }
    public double getSharpness() { return sharpness; }
    public void setSharpness(double v) { sharpness = v; }
    public ReadoutLoss getLoss() { return loss; }
    public void setLoss(ReadoutLoss v) { loss = v; }

    public static class Builder extends FeedForwardLayer.Builder<Builder> {
        private int nodes;
        private int classes;
        private double sharpness = 100;
        private ReadoutLoss loss = ReadoutLoss.MSE;

        public Builder nodes(int n) { nodes = n; return this; }
        public Builder classes(int k) { classes = k; return this; }
        /** κ in softmax(−κ·dₖ); only the ranking matters for accuracy. */
        public Builder sharpness(double k) { sharpness = k; return this; }
        /** The training loss: MSE to the class attractor (default, the reference) or cross-entropy of the scores. */
        public Builder loss(ReadoutLoss l) { loss = l; return this; }

        @Override
        @SuppressWarnings("unchecked")
        public AttractorReadout build() {
            if (classes < 2 || nodes < classes + 2) {
                throw new IllegalArgumentException("AttractorReadout: need classes >= 2 and nodes >= classes + 2, got nodes="
                        + nodes + ", classes=" + classes);
            }
            if (!(sharpness > 0) || !Double.isFinite(sharpness)) {
                throw new IllegalArgumentException("AttractorReadout: sharpness must be a positive number, got " + sharpness);
            }
            if (loss == null) throw new IllegalArgumentException("AttractorReadout: loss must be MSE or XENT, got null");
            return new AttractorReadout(this);
        }
    }
}
