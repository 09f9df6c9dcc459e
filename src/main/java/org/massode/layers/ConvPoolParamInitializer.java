package org.massode.layers;

import java.util.LinkedHashMap;
import java.util.Map;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.massode.dynamics.ParamLayout;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Parameters of a {@link ConvPoolLayer}: "W" [C·k·k, F] (one column per filter, rows in (channel, ky, kx) order, so
 * the forward product is cols·W) then "b" [1, F]. He initialization N(0, 2/(C·k·k)), bias 0 — DL4J's
 * {@code WeightInit.RELU} for a convolution.
 */
public final class ConvPoolParamInitializer extends WeightBiasParamInitializer {
    private static final ConvPoolParamInitializer INSTANCE = new ConvPoolParamInitializer();

    public static ConvPoolParamInitializer getInstance() {
        return INSTANCE;
    }

    private static ParamLayout layout(Layer layer) {
        ConvPoolKernels k = ((ConvPoolLayer) layer).kernels();
        return new ParamLayout().add(W, k.patch(), k.filters).add(B, 1, k.filters);
    }

    @Override
    public long numParams(Layer layer) {
        return layout(layer).size();
    }

    @Override
    Map<String, INDArray> views(Layer l, INDArray flat) {
        ParamLayout layout = layout(l);
        Map<String, INDArray> out = new LinkedHashMap<>();
        out.put(W, layout.view(flat, W));
        out.put(B, layout.view(flat, B));
        return out;
    }

    @Override
    public Map<String, INDArray> init(NeuralNetConfiguration conf, INDArray paramsView, boolean initializeParams) {
        Map<String, INDArray> p = views(conf.getLayer(), paramsView);
        if (initializeParams) {
            INDArray w = p.get(W);
            w.assign(Nd4j.randn(w.dataType(), w.shape()).muli(Math.sqrt(2.0 / w.rows())));
            p.get(B).assign(0);
        }
        return p;
    }
}
