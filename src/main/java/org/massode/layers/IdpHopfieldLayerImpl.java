package org.massode.layers;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.massode.dynamics.IdpHopfieldSystem;
import org.massode.dynamics.RowStack;
import org.massode.ode.NeuralOde;
import org.massode.ode.OdeSolver;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Forward and backward of an {@link IdpHopfieldLayer}: the state is [x; u] with x(0) = u, so the input's gradient
 * is the sum of both halves of ∂L/∂state(0) (u reaches the loss through the initial state and through W(u)).
 */
public class IdpHopfieldLayerImpl extends BaseLayer<IdpHopfieldLayer> {
    private transient NeuralOde ode;
    private transient boolean taped;
    private transient INDArray systemParams;
    private transient IdpHopfieldSystem system;

    public IdpHopfieldLayerImpl(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    /** The system on a private copy of the current memories (DL4J may swap the parameter arrays). */
    IdpHopfieldSystem system() {
        IdpHopfieldLayer l = layerConf();
        if (system == null) {
            systemParams = Nd4j.create(dataType, 1, (long) l.getNodes() * l.getMemories());
            system = new IdpHopfieldSystem(l.getNodes(), l.getMemories(), l.getKappa(), l.getOverlap(), l.getBeta(),
                    systemParams);
        }
        systemParams.assign(params().reshape(1, systemParams.length()));
        return system;
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr mgr) {
        assertInputSet(false);
        int n = layerConf().getNodes();
        if (input.rank() != 2 || input.columns() != n) {
            throw new IllegalArgumentException("IdpHopfieldLayer (layer " + index + "): input width "
                    + (input.rank() == 2 ? input.columns() : java.util.Arrays.toString(input.shape()))
                    + " does not match nodes = " + n);
        }
        applyDropOutIfNecessary(training, mgr);
        INDArray out;
        try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            IdpHopfieldLayer l = layerConf();
            INDArray u = input.castTo(dataType).dup();
            INDArray s0 = RowStack.stack(u.dup(), u);
            IdpHopfieldSystem sys = system();
            INDArray sT;
            if (training) {
                if (ode == null) ode = new NeuralOde(sys, l.solverConfig(l.getTrainTime()), l.getGradientMode());
                sT = ode.forward(s0, 0, l.getTrainTime());
                taped = true;
            } else {
                taped = false;
                sT = new OdeSolver(l.solverConfig(l.getEvalTime())).solve(sys, s0, 0, l.getEvalTime()).y();
            }
            out = RowStack.top(sT).dup();
        }
        return mgr.dup(ArrayType.ACTIVATIONS, out);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr mgr) {
        assertInputSet(true);
        if (!taped) throw new IllegalStateException("backpropGradient without a training-mode forward pass");
        INDArray epsOut;
        try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            INDArray e = epsilon.castTo(dataType);
            INDArray pg = Nd4j.zeros(dataType, 1, system.paramCount());
            INDArray s0bar = ode.backward(RowStack.stack(e, e.ulike().assign(0)), pg);
            taped = false;
            epsOut = RowStack.top(s0bar).add(RowStack.bottom(s0bar));
            gradientsFlattened.assign(pg.reshape(gradientsFlattened.shape()));
        }
        Gradient gradient = new DefaultGradient(gradientsFlattened);
        gradient.gradientForVariable().put(IdpHopfieldParamInitializer.XI, gradientViews.get(IdpHopfieldParamInitializer.XI));
        return new Pair<>(gradient, mgr.dup(ArrayType.ACTIVATION_GRAD, epsOut));
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
