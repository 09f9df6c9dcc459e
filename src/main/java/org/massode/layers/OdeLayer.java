package org.massode.layers;

import java.util.Collection;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.memory.LayerMemoryReport;
import org.deeplearning4j.nn.conf.memory.MemoryReport;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.massode.ode.GradientMode;
import org.massode.ode.Method;
import org.massode.ode.SolverConfig;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What the ODE layers share: how their dynamics are integrated — fixed steps of ≈ dt (Euler, Midpoint, RK4) or
 * Dopri5 with rtol/atol — over [0, trainTime] while training and [0, evalTime] at inference, and how the gradient
 * is obtained ({@link GradientMode}: backprop through the solver, checkpointing, or the continuous adjoint).
 * Jackson serializes these fields with each subclass, under the same names as before this base class existed, so
 * saved models still load.
 */
public abstract class OdeLayer extends FeedForwardLayer {
    private Method solver = Method.EULER;
    private double dt;
    private double trainTime;
    private double evalTime;
    private double rtol = 1e-4;
    private double atol = 1e-6;
    private GradientMode gradientMode = GradientMode.BACKPROP;

    /** Defaults for a configuration that Jackson fills in. */
    protected OdeLayer(double dt, double trainTime, double evalTime) {
        this.dt = dt;
        this.trainTime = trainTime;
        this.evalTime = evalTime;
    }

    protected OdeLayer(Builder<?> b) {
        super(b);
        solver = b.solver;
        dt = b.dt;
        trainTime = b.trainTime;
        evalTime = b.evalTime > 0 ? b.evalTime : b.trainTime;
        rtol = b.rtol;
        atol = b.atol;
        gradientMode = b.gradientMode;
    }

    /** A new, unwired implementation of this layer (DL4J's {@code Layer}) for the network's data type. */
    protected abstract org.deeplearning4j.nn.layers.BaseLayer<?> newImplementation(NeuralNetConfiguration conf,
                                                                                   DataType dataType);

    /** N, the width of one population's state (the layer's output width). */
    protected abstract int stateWidth();

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
                                                      Collection<TrainingListener> listeners, int layerIndex,
                                                      INDArray layerParamsView, boolean initializeParams,
                                                      DataType networkDataType) {
        return LayerWiring.wire(newImplementation(conf, networkDataType), conf, listeners, layerIndex, layerParamsView,
                initializeParams, initializer());
    }

    /** Parameters and updater state, plus the backprop tape: about one state per fixed step over the training horizon. */
    @Override
    public LayerMemoryReport getMemoryReport(InputType inputType) {
        long params = initializer().numParams(this);
        long n = stateWidth();
        return new LayerMemoryReport.Builder(layerName, getClass(), inputType, getOutputType(-1, inputType))
                .standardMemory(params, 2 * params)
                .workingMemory(0, 4L * n, 2L * n * n, 4L * n * (trainSteps() + 1))
                .cacheMemory(MemoryReport.CACHE_MODE_ALL_ZEROS, MemoryReport.CACHE_MODE_ALL_ZEROS)
                .build();
    }

    @Override
    public boolean isPretrainParam(String paramName) {
        return false;
    }

    /** The solver configuration for an integration over [0, time]: round(time/dt) fixed steps, or Dopri5. */
    public SolverConfig solverConfig(double time) {
        if (solver.adaptive()) {
            return SolverConfig.builder().method(solver).rtol(rtol).atol(atol).initialStep(Math.min(dt, time)).build();
        }
        return SolverConfig.fixed(solver, trainStepsFor(time));
    }

    private int trainStepsFor(double time) {
        return Math.max(1, (int) Math.round(time / dt));
    }

    /** Fixed steps over the training horizon (for memory reports). */
    protected long trainSteps() {
        return trainStepsFor(trainTime);
    }

    // --- getters and setters (Jackson) ---
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

    /** The solver options of every ODE layer's Builder, validated as they are set; bad values name the layer. */
    public abstract static class Builder<T extends Builder<T>> extends FeedForwardLayer.Builder<T> {
        protected final String owner;
        private Method solver = Method.EULER;
        private double dt;
        private double trainTime;
        private double evalTime;
        private double rtol = 1e-4;
        private double atol = 1e-6;
        private GradientMode gradientMode = GradientMode.BACKPROP;

        /** @param evalTime default inference horizon; ≤ 0 means "the training horizon" */
        protected Builder(String owner, double dt, double trainTime, double evalTime) {
            this.owner = owner;
            this.dt = dt;
            this.trainTime = trainTime;
            this.evalTime = evalTime;
        }

        @SuppressWarnings("unchecked")
        private T self() {
            return (T) this;
        }

        public T solver(Method m) { solver = m; return self(); }
        /** Step size of the fixed-step solvers (the initial step of Dopri5). */
        public T dt(double v) { dt = positive("dt", v); return self(); }
        /** Integration horizon T while training. */
        public T trainTime(double v) { trainTime = positive("trainTime", v); return self(); }
        /** Integration horizon at inference. */
        public T evalTime(double v) { evalTime = positive("evalTime", v); return self(); }
        public T rtol(double v) { rtol = positive("rtol", v); return self(); }
        public T atol(double v) { atol = positive("atol", v); return self(); }
        public T gradientMode(GradientMode g) { gradientMode = g; return self(); }

        /** v, or an error naming the layer and the option when v is not a finite positive number. */
        protected double positive(String name, double v) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException(owner + ": " + name + " must be > 0, got " + v);
            }
            return v;
        }

        /** Called by build(): the solver and the gradient mode must be set. */
        protected void requireSolver() {
            if (solver == null || gradientMode == null) {
                throw new IllegalArgumentException(owner + ": solver and gradientMode must be set");
            }
        }
    }
}
