package org.massode.layers;

import org.deeplearning4j.nn.api.layers.IOutputLayer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.massode.dynamics.WilsonCowanConstants;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.DataSet;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Implementation of {@link AttractorReadout}: MSE to the class attractor, nearest-attractor scores as output. */
public class AttractorReadoutImpl extends BaseLayer<AttractorReadout> implements IOutputLayer {
    private INDArray labels;
    private transient INDArray attractors;

    public AttractorReadoutImpl(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    /** Attractor vectors [K, N]. */
    public INDArray attractors() {
        if (attractors == null) {
            AttractorReadout l = layerConf();
            try (org.nd4j.linalg.api.memory.MemoryWorkspace ws =
                         Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                attractors = new PlantedAttractors(l.getNodes(), l.getClasses(), WilsonCowanConstants.REFERENCE)
                        .excitatory(dataType);
            }
        }
        return attractors;
    }

    private void checkLabels() {
        AttractorReadout l = layerConf();
        if (labels == null) throw new IllegalStateException("AttractorReadout: labels not set");
        if (labels.rank() != 2 || labels.columns() != l.getClasses()) {
            throw new IllegalArgumentException("AttractorReadout: labels must be one-hot [batch, " + l.getClasses()
                    + "] but got " + java.util.Arrays.toString(labels.shape()));
        }
    }

    private INDArray targets() {
        checkLabels();
        return labels.castTo(dataType).mmul(attractors());
    }

    private void checkInput() {
        if (input.rank() != 2 || input.columns() != layerConf().getNodes()) {
            throw new IllegalArgumentException("AttractorReadout: input width " + input.columns()
                    + " does not match nodes = " + layerConf().getNodes());
        }
    }

    /** Normalized squared distances dₖ = ‖x − pₖ‖²/‖pₖ‖², [batch, K]. */
    public INDArray distances(INDArray x) {
        INDArray p = attractors();
        INDArray pp = p.mul(p).sum(1).reshape(1, p.rows());
        INDArray xx = x.mul(x).sum(1).reshape(x.rows(), 1);
        INDArray d = x.mmul(p.transpose()).muli(-2).addiRowVector(pp).addiColumnVector(xx);
        return d.diviRowVector(pp);
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr mgr) {
        assertInputSet(false);
        checkInput();
        INDArray scores = Transforms.softmax(distances(input.castTo(dataType)).muli(-layerConf().getSharpness()), false);
        return mgr.leverageTo(ArrayType.ACTIVATIONS, scores);
    }

    /** Per-example loss, [batch, 1]. */
    private INDArray perExampleLoss() {
        INDArray x = input.castTo(dataType);
        if (layerConf().getLoss() == ReadoutLoss.XENT) {
            checkLabels();
            // −log softmax(−κd)_label, computed stably as log Σ exp(zₖ − max z) − (z_label − max z)
            INDArray z = distances(x).muli(-layerConf().getSharpness());
            INDArray zs = z.subColumnVector(z.max(true, 1));
            INDArray lse = Transforms.log(Transforms.exp(zs, true).sum(true, 1), false);
            return lse.subi(zs.muli(labels.castTo(dataType)).sum(true, 1));
        }
        INDArray diff = x.sub(targets());
        return diff.muli(diff).sum(true, 1).divi(layerConf().getNodes());
    }

    @Override
    public double computeScore(double fullNetRegTerm, boolean training, LayerWorkspaceMgr mgr) {
        this.score = perExampleLoss().sumNumber().doubleValue() / input.rows() + fullNetRegTerm;
        return this.score;
    }

    @Override
    public INDArray computeScoreForExamples(double fullNetRegTerm, LayerWorkspaceMgr mgr) {
        return mgr.leverageTo(ArrayType.ACTIVATIONS, perExampleLoss().addi(fullNetRegTerm));
    }

    /**
     * Per example (DL4J's updater divides by the minibatch size): MSE, dL/dx = 2·(x − p)/N; XENT, with scores s and
     * one-hot y, dL/dx = Σₖ 2κ·(sₖ − yₖ)·(pₖ − x)/‖pₖ‖².
     */
    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr mgr) {
        assertInputSet(true);
        INDArray x = input.castTo(dataType);
        INDArray eps;
        if (layerConf().getLoss() == ReadoutLoss.XENT) {
            checkLabels();
            INDArray p = attractors();
            INDArray pp = p.mul(p).sum(1).reshape(1, p.rows());
            // w = 2κ·(s − y)/‖p‖² [batch, K]; dL/dx = w·P − (Σₖ wₖ)·x
            INDArray w = Transforms.softmax(distances(x).muli(-layerConf().getSharpness()), false)
                    .subi(labels.castTo(dataType)).diviRowVector(pp).muli(2 * layerConf().getSharpness());
            eps = w.mmul(p).subi(x.mulColumnVector(w.sum(true, 1)));
        } else {
            eps = x.sub(targets()).muli(2.0 / layerConf().getNodes());
        }
        return new Pair<>(new DefaultGradient(), mgr.leverageTo(ArrayType.ACTIVATION_GRAD, eps));
    }

    @Override
    public void computeGradientAndScore(LayerWorkspaceMgr mgr) {
        throw new UnsupportedOperationException("AttractorReadout is trained as part of a network");
    }

    @Override
    public boolean needsLabels() {
        return true;
    }

    @Override
    public void setLabels(INDArray labels) {
        this.labels = labels;
    }

    @Override
    public INDArray getLabels() {
        return labels;
    }

    @Override
    public int numLabels() {
        return layerConf().getClasses();
    }

    @Override
    public int[] predict(INDArray x) {
        INDArray d = distances(x.castTo(dataType));
        return d.negi().argMax(1).toIntVector();
    }

    @Override
    public java.util.List<String> predict(DataSet dataSet) {
        int[] p = predict(dataSet.getFeatures());
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int v : p) out.add(dataSet.getLabelName(v));
        return out;
    }

    @Override
    public double f1Score(DataSet data) {
        return f1Score(data.getFeatures(), data.getLabels());
    }

    @Override
    public double f1Score(INDArray examples, INDArray labels) {
        org.nd4j.evaluation.classification.Evaluation e = new org.nd4j.evaluation.classification.Evaluation();
        INDArray d = distances(examples.castTo(dataType)).negi();
        e.eval(labels, d);
        return e.f1();
    }

    @Override
    public void fit(DataSetIterator iter) {
        throw new UnsupportedOperationException("AttractorReadout has no parameters to fit on its own");
    }

    @Override
    public void fit(INDArray examples, INDArray labels) {
        throw new UnsupportedOperationException("AttractorReadout has no parameters to fit on its own");
    }

    @Override
    public void fit(DataSet data) {
        throw new UnsupportedOperationException("AttractorReadout has no parameters to fit on its own");
    }

    @Override
    public void fit(INDArray examples, int[] labels) {
        throw new UnsupportedOperationException("AttractorReadout has no parameters to fit on its own");
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
    public INDArray params() {
        return null;
    }

    @Override
    public boolean hasBias() {
        return false;
    }

    @Override
    public void clear() {
        super.clear();
        labels = null;
    }

    @Override
    public void clearNoiseWeightParams() {
    }
}
