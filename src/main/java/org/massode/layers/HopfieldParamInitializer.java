package org.massode.layers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.massode.dynamics.HopfieldSystem;
import org.massode.dynamics.ParamLayout;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Parameters of a {@link HopfieldLayer} as views of the layer's flat vector, in exactly the layout of
 * {@link HopfieldSystem#layout} ("W" [N, N] then "b" [1, N]) so the engine's flat gradient is the layer's gradient.
 */
public final class HopfieldParamInitializer implements ParamInitializer {
    public static final String W = "W";
    public static final String B = "b";
    private static final HopfieldParamInitializer INSTANCE = new HopfieldParamInitializer();

    public static HopfieldParamInitializer getInstance() {
        return INSTANCE;
    }

    private static ParamLayout layout(Layer l) {
        return HopfieldSystem.layout(((HopfieldLayer) l).getNodes());
    }

    @Override
    public long numParams(NeuralNetConfiguration conf) {
        return numParams(conf.getLayer());
    }

    @Override
    public long numParams(Layer layer) {
        return layout(layer).size();
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

    private static Map<String, INDArray> views(Layer l, INDArray flat) {
        ParamLayout layout = layout(l);
        int n = ((HopfieldLayer) l).getNodes();
        Map<String, INDArray> out = new LinkedHashMap<>();
        out.put(W, layout.view(flat, "W"));
        out.put(B, layout.view(flat, "b").reshape(1, n));
        return out;
    }

    @Override
    public Map<String, INDArray> init(NeuralNetConfiguration conf, INDArray paramsView, boolean initializeParams) {
        HopfieldLayer l = (HopfieldLayer) conf.getLayer();
        Map<String, INDArray> p = views(l, paramsView);
        if (initializeParams) {
            INDArray w = p.get(W);
            w.assign(Nd4j.randn(w.dataType(), w.shape()).muli(l.getWeightGain() / Math.sqrt(l.getNodes())));
            p.get(B).assign(0);
        }
        return p;
    }

    @Override
    public Map<String, INDArray> getGradientsFromFlattened(NeuralNetConfiguration conf, INDArray gradientView) {
        return views(conf.getLayer(), gradientView);
    }
}
