package org.massode.layers;

import java.util.Collection;
import java.util.Map;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The DL4J wiring every layer configuration's {@code instantiate} repeats: listeners, index, parameter views, conf. */
final class LayerWiring {
    private LayerWiring() {
    }

    static <L extends BaseLayer<?>> L wire(L layer, NeuralNetConfiguration conf, Collection<TrainingListener> listeners,
                                          int layerIndex, INDArray paramsView, boolean initializeParams,
                                          ParamInitializer initializer) {
        layer.setListeners(listeners);
        layer.setIndex(layerIndex);
        layer.setParamsViewArray(paramsView);
        layer.setParamTable(initializer.init(conf, paramsView, initializeParams));
        layer.setConf(conf);
        return layer;
    }

    /** What every backpropGradient returns: the parameter gradients (views of {@code flat}) and ∂L/∂input. */
    static Pair<Gradient, INDArray> result(INDArray flat, Map<String, INDArray> views, INDArray epsOut,
                                           LayerWorkspaceMgr mgr) {
        Gradient gradient = new DefaultGradient(flat);
        for (Map.Entry<String, INDArray> e : views.entrySet()) {
            gradient.gradientForVariable().put(e.getKey(), e.getValue());
        }
        return new Pair<>(gradient, mgr.dup(ArrayType.ACTIVATION_GRAD, epsOut));
    }
}
