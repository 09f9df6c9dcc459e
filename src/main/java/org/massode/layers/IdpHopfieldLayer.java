package org.massode.layers;

import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.massode.dynamics.OverlapMode;
import org.nd4j.linalg.api.buffer.DataType;

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
    protected org.deeplearning4j.nn.layers.BaseLayer<?> newImplementation(NeuralNetConfiguration conf, DataType dataType) {
        return new IdpHopfieldLayerImpl(conf, dataType);
    }

    @Override
    protected int stateWidth() {
        return nodes;
    }

    @Override
    public ParamInitializer initializer() {
        return IdpHopfieldParamInitializer.getInstance();
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
