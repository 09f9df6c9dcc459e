package org.massode.layers;

import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.massode.dynamics.IdpHopfieldSystem;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The one parameter of an {@link IdpHopfieldLayer}: the memories "xi" [P, N], in IdpHopfieldSystem's layout. */
public final class IdpHopfieldParamInitializer implements ParamInitializer {
    public static final String XI = "xi";
    private static final IdpHopfieldParamInitializer INSTANCE = new IdpHopfieldParamInitializer();

    public static IdpHopfieldParamInitializer getInstance() {
        return INSTANCE;
    }

    @Override
    public long numParams(NeuralNetConfiguration conf) {
        return numParams(conf.getLayer());
    }

    @Override
    public long numParams(Layer layer) {
        IdpHopfieldLayer l = (IdpHopfieldLayer) layer;
        return (long) l.getNodes() * l.getMemories();
    }

    @Override
    public List<String> paramKeys(Layer layer) {
        return List.of(XI);
    }

    @Override
    public List<String> weightKeys(Layer layer) {
        return List.of(XI);
    }

    @Override
    public List<String> biasKeys(Layer layer) {
        return List.of();
    }

    @Override
    public boolean isWeightParam(Layer layer, String key) {
        return XI.equals(key);
    }

    @Override
    public boolean isBiasParam(Layer layer, String key) {
        return false;
    }

    private static INDArray view(Layer layer, INDArray flat) {
        IdpHopfieldLayer l = (IdpHopfieldLayer) layer;
        return IdpHopfieldSystem.layout(l.getNodes(), l.getMemories()).view(flat, "xi");
    }

    @Override
    public Map<String, INDArray> init(NeuralNetConfiguration conf, INDArray paramsView, boolean initializeParams) {
        INDArray xi = view(conf.getLayer(), paramsView);
        if (initializeParams) xi.assign(Nd4j.randn(xi.dataType(), xi.shape()));
        return new java.util.LinkedHashMap<>(Map.of(XI, xi));
    }

    @Override
    public Map<String, INDArray> getGradientsFromFlattened(NeuralNetConfiguration conf, INDArray gradientView) {
        return new java.util.LinkedHashMap<>(Map.of(XI, view(conf.getLayer(), gradientView)));
    }
}
