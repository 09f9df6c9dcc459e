package org.massode.layers;

import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.massode.dynamics.HopfieldActivation;
import org.massode.dynamics.InputMode;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Configuration of a continuous Hopfield layer, τ·dx/dt = −x + W·f(x) + b (+ u), integrated by the ODE engine of
 * {@link org.massode.dynamics.HopfieldSystem} over [0, trainTime] (training) or [0, evalTime] (inference). The input
 * u ([batch, N]) is x(0) in {@link InputMode#INITIAL} or a constant drive with x(0) = 0 in {@link InputMode#DRIVE};
 * the output is x(T), [batch, N], for a linear softmax readout (DL4J {@code OutputLayer}) or an
 * {@link AttractorReadout}. W is dense and trainable; with {@code symmetric} it is (M + Mᵀ)/2. Parameters "W"
 * [N, N] ~ N(0, weightGain²/N) and "b" [1, N] = 0. Jackson-serializable for ModelSerializer.
 */
public class HopfieldLayer extends OdeLayer {
    private int nodes;
    private HopfieldActivation activationFunction = HopfieldActivation.TANH;
    private InputMode inputMode = InputMode.DRIVE;
    private boolean symmetric;
    private double tau = 1;
    private double weightGain = 0.5;

    public HopfieldLayer() {
        super(0.25, 1, 1); // for Jackson
    }

    private HopfieldLayer(Builder b) {
        super(b);
        nodes = b.nodes;
        activationFunction = b.activationFunction;
        inputMode = b.inputMode;
        symmetric = b.symmetric;
        tau = b.tau;
        weightGain = b.weightGain;
        nIn = nodes;
        nOut = nodes;
    }

    @Override
    protected org.deeplearning4j.nn.layers.BaseLayer<?> newImplementation(NeuralNetConfiguration conf, DataType dataType) {
        return new HopfieldLayerImpl(conf, dataType);
    }

    @Override
    protected int stateWidth() {
        return nodes;
    }

    @Override
    public ParamInitializer initializer() {
        return HopfieldParamInitializer.getInstance();
    }

    // --- getters and setters (Jackson) ---
    public int getNodes() { return nodes; }
    public void setNodes(int v) { nodes = v; }
    public HopfieldActivation getActivationFunction() { return activationFunction; }
    public void setActivationFunction(HopfieldActivation v) { activationFunction = v; }
    public InputMode getInputMode() { return inputMode; }
    public void setInputMode(InputMode v) { inputMode = v; }
    public boolean isSymmetric() { return symmetric; }
    public void setSymmetric(boolean v) { symmetric = v; }
    public double getTau() { return tau; }
    public void setTau(double v) { tau = v; }
    public double getWeightGain() { return weightGain; }
    public void setWeightGain(double v) { weightGain = v; }

    /** Builder with validation: every bad value is named. */
    public static class Builder extends OdeLayer.Builder<Builder> {
        private int nodes;
        private HopfieldActivation activationFunction = HopfieldActivation.TANH;
        private InputMode inputMode = InputMode.DRIVE;
        private boolean symmetric;
        private double tau = 1;
        private double weightGain = 0.5;

        public Builder() {
            super("HopfieldLayer", 0.25, 1, -1);
        }

        public Builder nodes(int n) { nodes = (int) positive("nodes", n); return this; }
        /** The neuron nonlinearity f (tanh or logistic). */
        public Builder activationFunction(HopfieldActivation a) { activationFunction = a; return this; }
        public Builder inputMode(InputMode m) { inputMode = m; return this; }
        /** W = (M + Mᵀ)/2. */
        public Builder symmetric(boolean s) { symmetric = s; return this; }
        public Builder tau(double v) { tau = positive("tau", v); return this; }
        /** Standard deviation of the initial W times √N. */
        public Builder weightGain(double v) {
            if (!(v >= 0) || !Double.isFinite(v)) throw new IllegalArgumentException("HopfieldLayer: weightGain must be >= 0, got " + v);
            weightGain = v;
            return this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public HopfieldLayer build() {
            if (nodes <= 0) throw new IllegalArgumentException("HopfieldLayer: nodes must be set (> 0)");
            if (activationFunction == null || inputMode == null) {
                throw new IllegalArgumentException("HopfieldLayer: activationFunction and inputMode must be set");
            }
            requireSolver();
            return new HopfieldLayer(this);
        }
    }
}
