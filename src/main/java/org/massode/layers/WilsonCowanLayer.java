package org.massode.layers;

import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Configuration of a Wilson–Cowan metapopulation layer (Marino et al. 2025): the input sets x(0) = y(0), the
 * network integrates the dynamics of {@link org.massode.dynamics.WilsonCowanSystem} for {@code trainTime}
 * (training) or {@code evalTime} (inference) and outputs the excitatory rates x(T), [batch, N].
 * Jackson-serializable (getters/setters, no-arg constructor) so that models round-trip through ModelSerializer.
 */
public class WilsonCowanLayer extends OdeLayer {
    private int nodes;
    /** 0 (what models saved before this field read as) means every node takes an input. */
    private int inputs;
    private int classes;
    private Parametrization parametrization = Parametrization.SPECTRAL;
    private boolean trainGamma = true;
    private double gamma = 0.25;
    private double lambdaMean = -28;
    private double lambdaStd = 1;
    private double denseInitStd = 0;
    private double lambdaMax = 200;
    private double phiGain = 1.15;
    private double orthoPenalty = 0.01;

    public WilsonCowanLayer() {
        super(0.1, 2.5, 40); // for Jackson
    }

    private WilsonCowanLayer(Builder b) {
        super(b);
        this.nodes = b.nodes;
        this.inputs = b.inputs == 0 ? b.nodes : b.inputs;
        this.classes = b.classes;
        this.parametrization = b.parametrization;
        this.trainGamma = b.trainGamma;
        this.gamma = b.gamma;
        this.lambdaMean = b.lambdaMean;
        this.lambdaStd = b.lambdaStd;
        this.denseInitStd = b.denseInitStd;
        this.lambdaMax = b.lambdaMax;
        this.phiGain = b.phiGain;
        this.orthoPenalty = b.orthoPenalty;
        this.nIn = inputs;
        this.nOut = nodes;
        if (parametrization == Parametrization.SPECTRAL && orthoPenalty > 0) {
            java.util.List<org.nd4j.linalg.learning.regularization.Regularization> regs =
                    new java.util.ArrayList<>(regularization == null ? java.util.List.of() : regularization);
            regs.add(new OrthogonalityRegularization(orthoPenalty, nodes));
            this.regularization = regs;
        }
    }

    @Override
    protected org.deeplearning4j.nn.layers.BaseLayer<?> newImplementation(NeuralNetConfiguration conf, DataType dataType) {
        return new WilsonCowanLayerImpl(conf, dataType);
    }

    @Override
    protected int stateWidth() {
        return nodes;
    }

    @Override
    public ParamInitializer initializer() {
        return WilsonCowanParamInitializer.getInstance();
    }

    // --- getters and setters (Jackson) ---
    public int getNodes() { return nodes; }
    public void setNodes(int v) { nodes = v; }
    public int getInputs() { return inputs; }
    public void setInputs(int v) { inputs = v; }

    /**
     * How many nodes take the input: x(0) = y(0) = [u, 0] with u on the first {@code inputWidth()} nodes and the
     * remaining (augmented) nodes starting at rest at 0 — the augmented neural ODE of Dupont et al. (2019), which
     * gives the flow room the input space alone lacks.
     */
    public int inputWidth() { return inputs > 0 ? inputs : nodes; }
    public int getClasses() { return classes; }
    public void setClasses(int v) { classes = v; }
    public Parametrization getParametrization() { return parametrization; }
    public void setParametrization(Parametrization v) { parametrization = v; }
    public boolean isTrainGamma() { return trainGamma; }
    public void setTrainGamma(boolean v) { trainGamma = v; }
    public double getGamma() { return gamma; }
    public void setGamma(double v) { gamma = v; }
    public double getLambdaMean() { return lambdaMean; }
    public void setLambdaMean(double v) { lambdaMean = v; }
    public double getLambdaStd() { return lambdaStd; }
    public void setLambdaStd(double v) { lambdaStd = v; }
    public double getDenseInitStd() { return denseInitStd; }
    public void setDenseInitStd(double v) { denseInitStd = v; }
    public double getLambdaMax() { return lambdaMax; }
    public void setLambdaMax(double v) { lambdaMax = v; }
    public double getPhiGain() { return phiGain; }
    public void setPhiGain(double v) { phiGain = v; }
    public double getOrthoPenalty() { return orthoPenalty; }
    public void setOrthoPenalty(double v) { orthoPenalty = v; }

    /** Builder with validation: every bad value is named. */
    public static class Builder extends OdeLayer.Builder<Builder> {
        private int nodes;
        private int inputs;
        private int classes;
        private Parametrization parametrization = Parametrization.SPECTRAL;
        private boolean trainGamma = true;
        private double gamma = 0.25;
        private double lambdaMean = -28;
        private double lambdaStd = 1;
        private double denseInitStd = 0;
        private double lambdaMax = 200;
        private double phiGain = 1.15;
        private double orthoPenalty = 0.01;

        public Builder() {
            super("WilsonCowanLayer", 0.1, 2.5, 40);
        }

        public Builder nodes(int n) { nodes = (int) positive("nodes", n); return this; }
        /** Input width (default: all nodes); the other nodes are augmented dimensions that start at 0. */
        public Builder inputs(int n) { inputs = (int) positive("inputs", n); return this; }
        public Builder classes(int k) { classes = (int) positive("classes", k); return this; }
        public Builder parametrization(Parametrization p) { parametrization = p; return this; }
        public Builder trainGamma(boolean b) { trainGamma = b; return this; }
        public Builder gamma(double v) { gamma = positive("gamma", v); return this; }
        public Builder lambdaInit(double mean, double std) { lambdaMean = mean; lambdaStd = Math.abs(std); return this; }

        /**
         * DENSE only: A starts as N(0, σ²) instead of 0. With σ &gt; 0 the hidden nodes start with distinct features
         * (zero A makes every node's first gradient come from the readout rows alone), at the price of the planted
         * attractors no longer being exact fixed points at initialization.
         */
        public Builder denseInitStd(double sigma) {
            if (!(sigma >= 0) || !Double.isFinite(sigma)) {
                throw new IllegalArgumentException("WilsonCowanLayer: denseInitStd must be >= 0, got " + sigma);
            }
            denseInitStd = sigma;
            return this;
        }
        public Builder lambdaMax(double v) { lambdaMax = v; return this; }
        public Builder phiGain(double v) { phiGain = positive("phiGain", v); return this; }
        public Builder orthoPenalty(double v) {
            if (!(v >= 0)) throw new IllegalArgumentException("orthoPenalty must be >= 0, got " + v);
            orthoPenalty = v;
            return this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public WilsonCowanLayer build() {
            if (nodes <= 0) throw new IllegalArgumentException("WilsonCowanLayer: nodes must be set (> 0)");
            if (classes < 2) throw new IllegalArgumentException("WilsonCowanLayer: classes must be >= 2, got " + classes);
            if (nodes < classes + 2) {
                throw new IllegalArgumentException("WilsonCowanLayer: nodes (" + nodes + ") must be >= classes + 2 ("
                        + (classes + 2) + ")");
            }
            if (inputs > nodes) {
                throw new IllegalArgumentException("WilsonCowanLayer: inputs (" + inputs + ") must be <= nodes ("
                        + nodes + ")");
            }
            if (parametrization == null) {
                throw new IllegalArgumentException("WilsonCowanLayer: parametrization must be set");
            }
            requireSolver();
            return new WilsonCowanLayer(this);
        }
    }
}
