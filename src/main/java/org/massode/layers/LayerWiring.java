package org.massode.layers;

import java.util.Collection;
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
}
