package org.massode.layers;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.massode.dynamics.HopfieldSystem;
import org.massode.dynamics.InputMode;
import org.massode.dynamics.RowStack;
import org.massode.ode.NeuralOde;
import org.massode.ode.OdeSolver;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Forward and backward of a {@link HopfieldLayer} through the ODE engine. As in {@link WilsonCowanLayerImpl}, the
 * solve runs outside DL4J's workspaces because its tape lives from {@code activate} until {@code backpropGradient},
 * and one system/NeuralOde pair lives as long as the layer so the tape buffers are recycled.
 */
public class HopfieldLayerImpl extends BaseLayer<HopfieldLayer> {
    private transient NeuralOde ode;
    private transient boolean taped;
    private transient INDArray systemParams;
    private transient HopfieldSystem system;

    public HopfieldLayerImpl(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    /** The system on a private copy of the current parameters (DL4J may swap the parameter arrays). */
    HopfieldSystem system() {
        HopfieldLayer l = layerConf();
        if (system == null) {
            systemParams = Nd4j.create(dataType, 1, HopfieldSystem.layout(l.getNodes()).size());
            system = new HopfieldSystem(l.getNodes(), l.getTau(), l.getActivationFunction(), l.getInputMode(),
                    l.isSymmetric(), systemParams);
        }
        systemParams.assign(params().reshape(1, systemParams.length()));
        return system;
    }

    private void checkInput() {
        int n = layerConf().getNodes();
        if (input.rank() != 2 || input.columns() != n) {
            throw new IllegalArgumentException("HopfieldLayer (layer " + index + "): input width "
                    + (input.rank() == 2 ? input.columns() : java.util.Arrays.toString(input.shape()))
                    + " does not match nodes = " + n);
        }
    }

    private INDArray initialState(INDArray u) {
        return layerConf().getInputMode() == InputMode.DRIVE ? RowStack.stack(u.ulike().assign(0), u) : u;
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr mgr) {
        assertInputSet(false);
        checkInput();
        applyDropOutIfNecessary(training, mgr);
        INDArray out;
        try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            HopfieldLayer l = layerConf();
            INDArray s0 = initialState(input.castTo(dataType).dup());
            HopfieldSystem sys = system();
            INDArray sT;
            if (training) {
                if (ode == null) ode = new NeuralOde(sys, l.solverConfig(l.getTrainTime()), l.getGradientMode());
                sT = ode.forward(s0, 0, l.getTrainTime());
                taped = true;
            } else {
                taped = false;
                sT = new OdeSolver(l.solverConfig(l.getEvalTime())).solve(sys, s0, 0, l.getEvalTime()).y();
            }
            out = (l.getInputMode() == InputMode.DRIVE ? RowStack.top(sT) : sT).dup();
        }
        return mgr.dup(ArrayType.ACTIVATIONS, out);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr mgr) {
        assertInputSet(true);
        if (!taped) throw new IllegalStateException("backpropGradient without a training-mode forward pass");
        HopfieldLayer l = layerConf();
        INDArray epsOut;
        try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            INDArray e = epsilon.castTo(dataType);
            boolean drive = l.getInputMode() == InputMode.DRIVE;
            INDArray abar = drive ? RowStack.stack(e, e.ulike().assign(0)) : e.dup();
            INDArray pg = Nd4j.zeros(dataType, 1, system.paramCount());
            INDArray s0bar = ode.backward(abar, pg);
            taped = false;
            // x(0) = 0 is fixed in DRIVE mode, so only the input half carries a gradient back
            epsOut = drive ? RowStack.bottom(s0bar).dup() : s0bar;
            gradientsFlattened.assign(pg.reshape(gradientsFlattened.shape()));
        }
        return LayerWiring.result(gradientsFlattened, gradientViews, epsOut, mgr);
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
