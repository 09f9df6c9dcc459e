package org.massode.layers;

import java.util.Collection;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.memory.LayerMemoryReport;
import org.deeplearning4j.nn.conf.memory.MemoryReport;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.massode.dynamics.HopfieldActivation;
import org.massode.dynamics.InputMode;
import org.massode.ode.GradientMode;
import org.massode.ode.Method;
import org.massode.ode.SolverConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Configuration of a continuous Hopfield layer, τ·dx/dt = −x + W·f(x) + b (+ u), integrated by the ODE engine of
 * {@link org.massode.dynamics.HopfieldSystem} over [0, trainTime] (training) or [0, evalTime] (inference). The input
 * u ([batch, N]) is x(0) in {@link InputMode#INITIAL} or a constant drive with x(0) = 0 in {@link InputMode#DRIVE};
 * the output is x(T), [batch, N], for a linear softmax readout (DL4J {@code OutputLayer}) or an
 * {@link AttractorReadout}. W is dense and trainable; with {@code symmetric} it is (M + Mᵀ)/2. Parameters "W"
 * [N, N] ~ N(0, weightGain²/N) and "b" [1, N] = 0. Jackson-serializable for ModelSerializer.
 */
public class HopfieldLayer extends FeedForwardLayer {
    private int nodes;
    private HopfieldActivation activationFunction = HopfieldActivation.TANH;
    private InputMode inputMode = InputMode.DRIVE;
    private boolean symmetric;
    private double tau = 1;
    private Method solver = Method.EULER;
    private double dt = 0.25;
    private double trainTime = 1;
    private double evalTime = 1;
    private double rtol = 1e-4;
    private double atol = 1e-6;
    private GradientMode gradientMode = GradientMode.BACKPROP;
    private double weightGain = 0.5;

    public HopfieldLayer() {
        // for Jackson
    }

    private HopfieldLayer(Builder b) {
        super(b);
        nodes = b.nodes;
        activationFunction = b.activationFunction;
        inputMode = b.inputMode;
        symmetric = b.symmetric;
        tau = b.tau;
        solver = b.solver;
        dt = b.dt;
        trainTime = b.trainTime;
        evalTime = b.evalTime > 0 ? b.evalTime : b.trainTime;
        rtol = b.rtol;
        atol = b.atol;
        gradientMode = b.gradientMode;
        weightGain = b.weightGain;
        nIn = nodes;
        nOut = nodes;
    }

    /** The solver configuration for an integration over [0, time]. */
    public SolverConfig solverConfig(double time) {
        return OdeLayerSolver.config(solver, dt, time, rtol, atol);
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
                                                      Collection<TrainingListener> listeners, int layerIndex,
                                                      INDArray layerParamsView, boolean initializeParams,
                                                      DataType networkDataType) {
        return LayerWiring.wire(new HopfieldLayerImpl(conf, networkDataType), conf, listeners, layerIndex, layerParamsView,
                initializeParams, initializer());
    }

    @Override
    public ParamInitializer initializer() {
        return HopfieldParamInitializer.getInstance();
    }

    @Override
    public LayerMemoryReport getMemoryReport(InputType inputType) {
        long params = initializer().numParams(this);
        long steps = Math.round(trainTime / dt);
        return new LayerMemoryReport.Builder(layerName, HopfieldLayer.class, inputType, getOutputType(-1, inputType))
                .standardMemory(params, 2 * params)
                .workingMemory(0, 4L * nodes, 2L * nodes * nodes, 4L * nodes * (steps + 1))
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
    public HopfieldActivation getActivationFunction() { return activationFunction; }
    public void setActivationFunction(HopfieldActivation v) { activationFunction = v; }
    public InputMode getInputMode() { return inputMode; }
    public void setInputMode(InputMode v) { inputMode = v; }
    public boolean isSymmetric() { return symmetric; }
    public void setSymmetric(boolean v) { symmetric = v; }
    public double getTau() { return tau; }
    public void setTau(double v) { tau = v; }
    public Method getSolver() { return solver; }
    public void setSolver(Method v) { solver = v; }
    public double getDt() { return dt; }
    public void setDt(double v) { dt = v; }
    public double getTrainTime() { return trainTime; }
    public void setTrainTime(double v) { trainTime = v; }
    public double getEvalTime() { return evalTime; }
    public void setEvalTime(double v) { evalTime = v; }
    public double getRtol() { return rtol; }
    public void setRtol(double v) { rtol = v; }
    public double getAtol() { return atol; }
    public void setAtol(double v) { atol = v; }
    public GradientMode getGradientMode() { return gradientMode; }
    public void setGradientMode(GradientMode v) { gradientMode = v; }
    public double getWeightGain() { return weightGain; }
    public void setWeightGain(double v) { weightGain = v; }

    /** Builder with validation: every bad value is named. */
    public static class Builder extends FeedForwardLayer.Builder<Builder> {
        private static final String OWNER = "HopfieldLayer";
        private int nodes;
        private HopfieldActivation activationFunction = HopfieldActivation.TANH;
        private InputMode inputMode = InputMode.DRIVE;
        private boolean symmetric;
        private double tau = 1;
        private Method solver = Method.EULER;
        private double dt = 0.25;
        private double trainTime = 1;
        private double evalTime = -1;
        private double rtol = 1e-4;
        private double atol = 1e-6;
        private GradientMode gradientMode = GradientMode.BACKPROP;
        private double weightGain = 0.5;

        public Builder nodes(int n) { nodes = (int) OdeLayerSolver.positive(OWNER, "nodes", n); return this; }
        /** The neuron nonlinearity f (tanh or logistic). */
        public Builder activationFunction(HopfieldActivation a) { activationFunction = a; return this; }
        public Builder inputMode(InputMode m) { inputMode = m; return this; }
        /** W = (M + Mᵀ)/2. */
        public Builder symmetric(boolean s) { symmetric = s; return this; }
        public Builder tau(double v) { tau = OdeLayerSolver.positive(OWNER, "tau", v); return this; }
        public Builder solver(Method m) { solver = m; return this; }
        public Builder dt(double v) { dt = OdeLayerSolver.positive(OWNER, "dt", v); return this; }
        public Builder trainTime(double v) { trainTime = OdeLayerSolver.positive(OWNER, "trainTime", v); return this; }
        /** Integration time at inference; defaults to trainTime. */
        public Builder evalTime(double v) { evalTime = OdeLayerSolver.positive(OWNER, "evalTime", v); return this; }
        public Builder rtol(double v) { rtol = OdeLayerSolver.positive(OWNER, "rtol", v); return this; }
        public Builder atol(double v) { atol = OdeLayerSolver.positive(OWNER, "atol", v); return this; }
        public Builder gradientMode(GradientMode g) { gradientMode = g; return this; }
        /** Standard deviation of the initial W times √N. */
        public Builder weightGain(double v) {
            if (!(v >= 0) || !Double.isFinite(v)) throw new IllegalArgumentException(OWNER + ": weightGain must be >= 0, got " + v);
            weightGain = v;
            return this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public HopfieldLayer build() {
            if (nodes <= 0) throw new IllegalArgumentException(OWNER + ": nodes must be set (> 0)");
            if (activationFunction == null || inputMode == null || solver == null || gradientMode == null) {
                throw new IllegalArgumentException(OWNER + ": activationFunction, inputMode, solver and gradientMode must be set");
            }
            return new HopfieldLayer(this);
        }
    }
}
