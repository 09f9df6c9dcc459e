package org.massode.layers;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Forward: cols = im2col(x) [B·Ho·Wo, C·k·k]; z = cols·W + b; out = maxpool(ReLU(z)). Backward: the pooled
 * gradient goes to the winning positions (ReLU-positive only) giving ∂z; ∂W = colsᵀ·∂z, ∂b = Σ_rows ∂z,
 * ∂x = col2im(∂z·Wᵀ). The columns and the winners are kept from a training forward pass to its backward pass,
 * outside DL4J's workspaces (as the ODE layers keep their tapes).
 */
public class ConvPoolLayerImpl extends BaseLayer<ConvPoolLayer> {
    private transient INDArray cols;
    private transient int[] argmax;
    private transient int batch;
    /** Reused Java-side buffers (sized to the largest batch seen), so a training step allocates no big arrays. */
    private transient double[][] scratch = new double[4][];
    private transient float[] floatScratch;

    public ConvPoolLayerImpl(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    private ConvPoolKernels kernels() {
        return layerConf().kernels();
    }

    private void checkInput(ConvPoolKernels k) {
        if (input.rank() != 2 || input.columns() != k.inputSize()) {
            throw new IllegalArgumentException("ConvPoolLayer (layer " + index + "): input shape "
                    + java.util.Arrays.toString(input.shape()) + " does not match [batch, " + k.inputSize()
                    + "] (images [" + k.channels + ", " + k.height + ", " + k.width + "] flattened)");
        }
    }

    private double[] scratch(int slot, int n) {
        if (scratch == null) scratch = new double[4][];
        if (scratch[slot] == null || scratch[slot].length < n) scratch[slot] = new double[n];
        return scratch[slot];
    }

    private float[] floats(int n) {
        if (floatScratch == null || floatScratch.length < n) floatScratch = new float[n];
        return floatScratch;
    }

    /** {@code a}'s elements in scratch slot {@code slot}. */
    private double[] read(INDArray a, int slot) {
        double[] into = scratch(slot, (int) a.length());
        NativeArrays.read(a, into, floats((int) a.length()));
        return into;
    }

    /** {@code a} in the layer's data type as a dense row-major array (a copy only where needed). */
    private INDArray dense(INDArray a) {
        INDArray t = a.dataType() == dataType ? a : a.castTo(dataType);
        return NativeArrays.isDense(t) ? t : t.dup('c');
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr mgr) {
        assertInputSet(false);
        ConvPoolKernels k = kernels();
        checkInput(k);
        applyDropOutIfNecessary(training, mgr);
        INDArray out;
        try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            int b = (int) input.rows();
            int rows = b * k.outH * k.outW;
            double[] x = read(dense(input), 0);
            double[] c = scratch(1, rows * k.patch());
            k.im2col(x, b, c);
            INDArray colsArr = Nd4j.createUninitialized(dataType, rows, k.patch());
            NativeArrays.write(c, colsArr, floats(rows * k.patch()));
            INDArray z = Nd4j.createUninitialized(dataType, rows, k.filters);
            Nd4j.gemm(colsArr, getParam(ConvPoolParamInitializer.W), z, false, false, 1.0, 0.0);
            z.addiRowVector(getParam(ConvPoolParamInitializer.B));
            double[] pooled = scratch(2, b * k.outputSize());
            int[] winners = new int[b * k.outputSize()];
            k.reluMaxPool(read(z, 3), b, pooled, winners);
            out = Nd4j.createUninitialized(dataType, b, k.outputSize());
            NativeArrays.write(pooled, out, floats(pooled.length));
            if (training) {
                cols = colsArr;
                argmax = winners;
                batch = b;
            } else {
                cols = null;
                argmax = null;
            }
        }
        return mgr.dup(ArrayType.ACTIVATIONS, out);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr mgr) {
        assertInputSet(true);
        if (cols == null) throw new IllegalStateException("backpropGradient without a training-mode forward pass");
        ConvPoolKernels k = kernels();
        INDArray epsOut;
        try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            int rows = batch * k.outH * k.outW;
            double[] dz = scratch(2, rows * k.filters);
            k.reluMaxPoolBackward(read(dense(epsilon), 0), argmax, batch, dz);
            INDArray dzArr = Nd4j.createUninitialized(dataType, rows, k.filters);
            NativeArrays.write(dz, dzArr, floats(dz.length));
            INDArray w = getParam(ConvPoolParamInitializer.W);
            Nd4j.gemm(cols, dzArr, gradientViews.get(ConvPoolParamInitializer.W), true, false, 1.0, 0.0);
            gradientViews.get(ConvPoolParamInitializer.B).assign(dzArr.sum(true, 0));
            INDArray dCols = Nd4j.createUninitialized(dataType, rows, k.patch());
            Nd4j.gemm(dzArr, w, dCols, false, true, 1.0, 0.0);
            double[] dIn = scratch(3, batch * k.inputSize());
            k.col2im(read(dCols, 1), batch, dIn);
            epsOut = Nd4j.createUninitialized(dataType, batch, k.inputSize());
            NativeArrays.write(dIn, epsOut, floats(dIn.length));
            cols = null;
            argmax = null;
        }
        return LayerWiring.result(gradientsFlattened, gradientViews, epsOut, mgr);
    }

    @Override
    public boolean hasBias() {
        return true;
    }

    @Override
    public boolean isPretrainLayer() {
        return false;
    }

    @Override
    public Type type() {
        return Type.CONVOLUTIONAL;
    }

    @Override
    public void clearNoiseWeightParams() {
        // no weight noise
    }
}
