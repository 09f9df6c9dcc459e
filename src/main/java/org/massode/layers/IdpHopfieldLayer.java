package org.massode.layers;

import java.util.Collection;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.memory.LayerMemoryReport;
import org.deeplearning4j.nn.conf.memory.MemoryReport;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.massode.dynamics.OverlapMode;
import org.massode.ode.GradientMode;
import org.massode.ode.Method;
import org.massode.ode.SolverConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Configuration of an input-driven-plasticity Hopfield layer (Betteti et al., Science Advances 2025): the layer
 * input u ([batch, N]) both starts the state, x(0) = u, and reshapes the synapses,
 * dx/dt = −x + W(u)·tanh(x), W(u) = (κ/N)·Σ_μ c_μ(u)·ξ^μ ξ^μᵀ, c = Ξu/N or softmax(β·Ξu/N)
 * ({@link org.massode.dynamics.IdpHopfieldSystem}); the output is x(T), [batch, N]. The P memories Ξ [P, N]
 * ("xi", initialized N(0, 1)) are the trainable parameters, so the layer learns its own attractors.
 */
public class IdpHopfieldLayer extends FeedForwardLayer {
    private int nodes;
    private int memories;
    private double kappa = 2;
    private OverlapMode overlap = OverlapMode.SOFTMAX;
    private double beta = 10;
    private Method solver = Method.EULER;
    private double dt = 0.25;
    private double trainTime = 1;
    private double evalTime = 1;
    private double rtol = 1e-4;
    private double atol = 1e-6;
    private GradientMode gradientMode = GradientMode.BACKPROP;

    public IdpHopfieldLayer() {
        // for Jackson
    }

    private IdpHopfieldLayer(Builder b) {
        super(b);
        nodes = b.nodes;
        memories = b.memories;
        kappa = b.kappa;
        overlap = b.overlap;
        beta = b.beta;
        solver = b.solver;
        dt = b.dt;
        trainTime = b.trainTime;
        evalTime = b.evalTime > 0 ? b.evalTime : b.trainTime;
        rtol = b.rtol;
        atol = b.atol;
        gradientMode = b.gradientMode;
        nIn = nodes;
        nOut = nodes;
    }

    public SolverConfig solverConfig(double time) {
        return OdeLayerSolver.config(solver, dt, time, rtol, atol);
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
        long steps = Math.round(trainTime / dt);
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

    /** Builder with validation: every bad value is named. */
    public static class Builder extends FeedForwardLayer.Builder<Builder> {
        private static final String OWNER = "IdpHopfieldLayer";
        private int nodes;
        private int memories;
        private double kappa = 2;
        private OverlapMode overlap = OverlapMode.SOFTMAX;
        private double beta = 10;
        private Method solver = Method.EULER;
        private double dt = 0.25;
        private double trainTime = 1;
        private double evalTime = -1;
        private double rtol = 1e-4;
        private double atol = 1e-6;
        private GradientMode gradientMode = GradientMode.BACKPROP;

        public Builder nodes(int n) { nodes = (int) OdeLayerSolver.positive(OWNER, "nodes", n); return this; }
        /** Number P of trainable memories. */
        public Builder memories(int p) { memories = (int) OdeLayerSolver.positive(OWNER, "memories", p); return this; }
        public Builder kappa(double v) { kappa = OdeLayerSolver.positive(OWNER, "kappa", v); return this; }
        public Builder overlap(OverlapMode m) { overlap = m; return this; }
        public Builder beta(double v) { beta = OdeLayerSolver.positive(OWNER, "beta", v); return this; }
        public Builder solver(Method m) { solver = m; return this; }
        public Builder dt(double v) { dt = OdeLayerSolver.positive(OWNER, "dt", v); return this; }
        public Builder trainTime(double v) { trainTime = OdeLayerSolver.positive(OWNER, "trainTime", v); return this; }
        public Builder evalTime(double v) { evalTime = OdeLayerSolver.positive(OWNER, "evalTime", v); return this; }
        public Builder rtol(double v) { rtol = OdeLayerSolver.positive(OWNER, "rtol", v); return this; }
        public Builder atol(double v) { atol = OdeLayerSolver.positive(OWNER, "atol", v); return this; }
        public Builder gradientMode(GradientMode g) { gradientMode = g; return this; }

        @Override
        @SuppressWarnings("unchecked")
        public IdpHopfieldLayer build() {
            if (nodes <= 0 || memories <= 0) {
                throw new IllegalArgumentException(OWNER + ": nodes and memories must be set (> 0), got nodes=" + nodes
                        + ", memories=" + memories);
            }
            if (overlap == null || solver == null || gradientMode == null) {
                throw new IllegalArgumentException(OWNER + ": overlap, solver and gradientMode must be set");
            }
            return new IdpHopfieldLayer(this);
        }
    }
}
