package org.massode.layers;

import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The part of DL4J's ParamInitializer contract that is the same for every layer with one weight "W" and one bias
 * "b" (weight decay applies to "W" only); subclasses give the sizes, the views and the initial values.
 */
abstract class WeightBiasParamInitializer implements ParamInitializer {
    public static final String W = "W";
    public static final String B = "b";

    /** "W" then "b" as views of the flat vector {@code flat} (parameters or gradients). */
    abstract Map<String, INDArray> views(Layer layer, INDArray flat);

    @Override
    public long numParams(NeuralNetConfiguration conf) {
        return numParams(conf.getLayer());
    }

    @Override
    public List<String> paramKeys(Layer layer) {
        return List.of(W, B);
    }

    @Override
    public List<String> weightKeys(Layer layer) {
        return List.of(W);
    }

    @Override
    public List<String> biasKeys(Layer layer) {
        return List.of(B);
    }

    @Override
    public boolean isWeightParam(Layer layer, String key) {
        return W.equals(key);
    }

    @Override
    public boolean isBiasParam(Layer layer, String key) {
        return B.equals(key);
    }

    @Override
    public Map<String, INDArray> getGradientsFromFlattened(NeuralNetConfiguration conf, INDArray gradientView) {
        return views(conf.getLayer(), gradientView);
    }
}
