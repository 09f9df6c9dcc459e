package org.massode.layers;

import java.util.LinkedHashMap;
import java.util.Map;
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
public final class HopfieldParamInitializer extends WeightBiasParamInitializer {
    private static final HopfieldParamInitializer INSTANCE = new HopfieldParamInitializer();

    public static HopfieldParamInitializer getInstance() {
        return INSTANCE;
    }

    private static ParamLayout layout(Layer l) {
        return HopfieldSystem.layout(((HopfieldLayer) l).getNodes());
    }

    @Override
    public long numParams(Layer layer) {
        return layout(layer).size();
    }

    @Override
    Map<String, INDArray> views(Layer l, INDArray flat) {
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
}
