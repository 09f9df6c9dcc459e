package org.massode.layers;

import java.util.Collection;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.memory.LayerMemoryReport;
import org.deeplearning4j.nn.conf.memory.MemoryReport;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.massode.dynamics.OverlapMode;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Configuration of an input-driven-plasticity Hopfield layer (Betteti et al., Science Advances 2025): the layer
 * input u ([batch, N]) both starts the state, x(0) = u, and reshapes the synapses,
 * dx/dt = −x + W(u)·tanh(x), W(u) = (κ/N)·Σ_μ c_μ(u)·ξ^μ ξ^μᵀ, c = Ξu/N or softmax(β·Ξu/N)
 * ({@link org.massode.dynamics.IdpHopfieldSystem}); the output is x(T), [batch, N]. The P memories Ξ [P, N]
 * ("xi", initialized N(0, 1)) are the trainable parameters, so the layer learns its own attractors.
 */
public class IdpHopfieldLayer extends OdeLayer {
    private int nodes;
    private int memories;
    private double kappa = 2;
    private OverlapMode overlap = OverlapMode.SOFTMAX;
    private double beta = 10;

    public IdpHopfieldLayer() {
        super(0.25, 1, 1); // for Jackson
    }

    private IdpHopfieldLayer(Builder b) {
        super(b);
        nodes = b.nodes;
        memories = b.memories;
        kappa = b.kappa;
        overlap = b.overlap;
        beta = b.beta;
        nIn = nodes;
        nOut = nodes;
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
                                                      Collection<TrainingListener> listeners, int layerIndex,
                                                      INDArray layerParamsView, boolean initializeParams,
                                                      DataType networkDataType) {
        return LayerWiring.wire(new IdpHopfieldLayerImpl(conf, networkDataType), conf, listeners, layerIndex, layerParamsView,
                initializeParams, initializer());
    }

    @Override
    public ParamInitializer initializer() {
        return IdpHopfieldParamInitializer.getInstance();
    }

    @Override
    public LayerMemoryReport getMemoryReport(InputType inputType) {
        long params = initializer().numParams(this);
        long steps = trainSteps();
        return new LayerMemoryReport.Builder(layerName, IdpHopfieldLayer.class, inputType, getOutputType(-1, inputType))
                .standardMemory(params, 2 * params)
                .workingMemory(0, 6L * nodes, 0, 8L * nodes * (steps + 1))
                .cacheMemory(MemoryReport.CACHE_MODE_ALL_ZEROS, MemoryReport.CACHE_MODE_ALL_ZEROS)
                .build();
    }

    @Override
    public boolean isPretrainParam(String paramName) {
        return false;
    }

    // --- getters and setters (Jackson) ---
    public int getNodes() { return nodes; }
    public void setNodes(int v) { nodes = v; }
    public int getMemories() { return memories; }
    public void setMemories(int v) { memories = v; }
    public double getKappa() { return kappa; }
    public void setKappa(double v) { kappa = v; }
    public OverlapMode getOverlap() { return overlap; }
    public void setOverlap(OverlapMode v) { overlap = v; }
    public double getBeta() { return beta; }
    public void setBeta(double v) { beta = v; }

    /** Builder with validation: every bad value is named. */
    public static class Builder extends OdeLayer.Builder<Builder> {
        private int nodes;
        private int memories;
        private double kappa = 2;
        private OverlapMode overlap = OverlapMode.SOFTMAX;
        private double beta = 10;

        public Builder() {
            super("IdpHopfieldLayer", 0.25, 1, -1);
        }

        public Builder nodes(int n) { nodes = (int) positive("nodes", n); return this; }
        /** Number P of trainable memories. */
        public Builder memories(int p) { memories = (int) positive("memories", p); return this; }
        public Builder kappa(double v) { kappa = positive("kappa", v); return this; }
        public Builder overlap(OverlapMode m) { overlap = m; return this; }
        public Builder beta(double v) { beta = positive("beta", v); return this; }

        @Override
        @SuppressWarnings("unchecked")
        public IdpHopfieldLayer build() {
            if (nodes <= 0 || memories <= 0) {
                throw new IllegalArgumentException("IdpHopfieldLayer: nodes and memories must be set (> 0), got nodes=" + nodes
                        + ", memories=" + memories);
            }
            if (overlap == null) {
                throw new IllegalArgumentException("IdpHopfieldLayer: overlap must be set");
            }
            requireSolver();
            return new IdpHopfieldLayer(this);
        }
    }
}
