package org.massode.layers;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.massode.dynamics.ParamLayout;
import org.massode.dynamics.Scratch;
import org.massode.dynamics.WilsonCowanConstants;
import org.massode.dynamics.WilsonCowanSystem;
import org.massode.ode.NeuralOde;
import org.massode.ode.OdeSolver;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Forward and backward of a {@link WilsonCowanLayer} through the ODE engine. The solve runs outside DL4J's
 * workspaces because its tape must live from {@code activate} until {@code backpropGradient}.
 */
public class WilsonCowanLayerImpl extends BaseLayer<WilsonCowanLayer> {
    private transient SpectralCoupling spectral;
    private transient NeuralOde ode;
    private transient boolean taped;
    private transient INDArray systemParams;
    private transient WilsonCowanSystem system;
    // Per-iteration buffers kept between iterations: an ND4J allocation costs in proportion to its bytes here (about
    // 2 ms for [200, 784] floats; JFR: 7 % of a SPECTRAL wc-step iteration was in allocateDataBuffer)
    private transient Scratch s0Train;
    private transient Scratch sTTrain;
    private transient Scratch abarBuf;
    private transient Scratch paramGradBuf;

    public WilsonCowanLayerImpl(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    private SpectralCoupling spectral() {
        if (spectral == null) {
            WilsonCowanLayer l = layerConf();
            PlantedAttractors pa = new PlantedAttractors(l.getNodes(), l.getClasses(), WilsonCowanConstants.REFERENCE);
            spectral = new SpectralCoupling(pa.basis(dataType), l.getLambdaMax());
        }
        return spectral;
    }

    /** The coupling matrix A implied by the current parameters. */
    public INDArray couplingMatrix() {
        try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            int n = layerConf().getNodes();
            INDArray a = Nd4j.createUninitialized(dataType, n, n);
            writeCoupling(a);
            return a;
        }
    }

    /** out [N, N] ← A: the DENSE parameter itself, or Φ·Λ·Φ⁻¹ from the SPECTRAL parameters. */
    private void writeCoupling(INDArray out) {
        if (layerConf().getParametrization() == Parametrization.DENSE) {
            out.assign(getParam(WilsonCowanParamInitializer.A));
        } else {
            spectral().forward(getParam(WilsonCowanParamInitializer.PHI), getParam(WilsonCowanParamInitializer.LAMBDA),
                    out);
        }
    }

    /**
     * The system with A and γ from the current parameters. One system (and one {@link NeuralOde}) lives as long as
     * the layer and is refreshed in place, so the backprop tape's buffers are recycled between iterations.
     */
    WilsonCowanSystem system() {
        int n = layerConf().getNodes();
        ParamLayout layout = WilsonCowanSystem.layout(n);
        if (system == null) {
            systemParams = Nd4j.create(dataType, 1, layout.size());
            system = new WilsonCowanSystem(n, WilsonCowanConstants.REFERENCE, systemParams);
        }
        writeCoupling(layout.view(systemParams, "A"));
        layout.view(systemParams, "gamma").assign(getParam(WilsonCowanParamInitializer.GAMMA).getDouble(0));
        return system;
    }

    private void checkInput() {
        int width = layerConf().inputWidth();
        if (input.rank() != 2 || input.columns() != width) {
            throw new IllegalArgumentException("WilsonCowanLayer (layer " + index + "): input width " +
                    (input.rank() == 2 ? input.columns() : java.util.Arrays.toString(input.shape()))
                    + " does not match inputs = " + width + " (nodes = " + layerConf().getNodes() + ")");
        }
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr mgr) {
        assertInputSet(false);
        checkInput();
        applyDropOutIfNecessary(training, mgr);
        INDArray out;
        try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            WilsonCowanLayer l = layerConf();
            WilsonCowanSystem sys = system();
            INDArray sT;
            if (training) {
                // a new training forward replaces the tape, so the previous iteration's s0 buffer is free again
                s0Train = scratch(s0Train, l.getNodes());
                INDArray s0 = s0Train.get(2 * input.rows(), dataType);
                writeInitialState(input, WilsonCowanSystem.excitatory(s0));
                WilsonCowanSystem.inhibitory(s0).assign(WilsonCowanSystem.excitatory(s0));
                if (ode == null) ode = new NeuralOde(sys, l.solverConfig(l.getTrainTime()), l.getGradientMode());
                sTTrain = scratch(sTTrain, l.getNodes());
                sT = ode.forward(s0, 0, l.getTrainTime(), sTTrain.get(2 * input.rows(), dataType));
                taped = true;
            } else {
                taped = false;
                INDArray x0 = initialState(input);
                INDArray s0 = WilsonCowanSystem.stack(x0, x0);
                sT = new OdeSolver(l.solverConfig(l.getEvalTime())).solve(sys, s0, 0, l.getEvalTime()).y();
            }
            out = WilsonCowanSystem.excitatory(sT);
        }
        return mgr.dup(ArrayType.ACTIVATIONS, out);
    }

    /** {@code s}, or a new scratch of rows {@code width} wide when there is none yet (the layer's conf comes late). */
    private static Scratch scratch(Scratch s, long width) {
        return s != null ? s : new Scratch(width);
    }

    /** out [batch, N] ← x(0) = [u, 0] for an input u [batch, inputs]. */
    private void writeInitialState(INDArray input, INDArray out) {
        WilsonCowanLayer l = layerConf();
        INDArray u = input.castTo(dataType);
        if (l.inputWidth() == l.getNodes()) {
            out.assign(u);
        } else {
            out.assign(0);
            out.get(NDArrayIndex.all(), NDArrayIndex.interval(0, l.inputWidth())).assign(u);
        }
    }

    /** x(0) = [u, 0] for an input u [batch, inputs]: augmented nodes start at rest. A new array. */
    public INDArray initialState(INDArray input) {
        INDArray x0 = Nd4j.createUninitialized(dataType, input.rows(), layerConf().getNodes());
        writeInitialState(input, x0);
        return x0;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr mgr) {
        assertInputSet(true);
        if (!taped) throw new IllegalStateException("backpropGradient without a training-mode forward pass");
        WilsonCowanLayer l = layerConf();
        int n = l.getNodes();
        INDArray epsOut;
        try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            abarBuf = scratch(abarBuf, n);
            INDArray abar = abarBuf.get(2 * epsilon.rows(), dataType);
            WilsonCowanSystem.excitatory(abar).assign(epsilon.castTo(dataType));
            WilsonCowanSystem.inhibitory(abar).assign(0);
            ParamLayout layout = WilsonCowanSystem.layout(n);
            paramGradBuf = scratch(paramGradBuf, layout.size());
            INDArray pg = paramGradBuf.get(1, dataType).assign(0);
            INDArray s0bar = ode.backward(abar, pg, abar); // in place: abar is the layer's own buffer
            taped = false;
            // s0bar is abar, the layer's own buffer: add in place (LayerWiring.result copies epsOut for DL4J)
            epsOut = WilsonCowanSystem.excitatory(s0bar).addi(WilsonCowanSystem.inhibitory(s0bar));
            if (l.inputWidth() < n) {
                epsOut = epsOut.get(NDArrayIndex.all(), NDArrayIndex.interval(0, l.inputWidth())).dup();
            }
            INDArray aBar = layout.view(pg, "A");
            for (INDArray g : gradientViews.values()) g.assign(0);
            if (l.getParametrization() == Parametrization.DENSE) {
                gradientViews.get(WilsonCowanParamInitializer.A).assign(aBar);
            } else {
                INDArray phiGrad = gradientViews.get(WilsonCowanParamInitializer.PHI);
                spectral().backward(aBar, layout.view(systemParams, "A"), phiGrad,
                        gradientViews.get(WilsonCowanParamInitializer.LAMBDA));
                // the orthogonality penalty is an OrthogonalityRegularization, applied by DL4J's updater
            }
            if (l.isTrainGamma()) {
                gradientViews.get(WilsonCowanParamInitializer.GAMMA).assign(layout.view(pg, "gamma").getDouble(0));
            }
        }
        return LayerWiring.result(gradientsFlattened, gradientViews, epsOut, mgr);
    }

    @Override
    public boolean hasBias() {
        return false;
    }

    @Override
    public boolean isPretrainLayer() {
        return false;
    }

    @Override
    public Type type() {
        return Type.FEED_FORWARD;
    }

    @Override
    public void clearNoiseWeightParams() {
        // no weight noise on ODE parameters
    }
}
